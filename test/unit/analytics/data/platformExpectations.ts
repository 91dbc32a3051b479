/**
 * What each platform fixture (test/fixtures/exports/) must give: net revenue, counted orders and
 * their customers, worked out by hand from the rows, and the exclusions by reason. Shared by the
 * analytics test (prepareTransactions, quickMetrics) and the CLI test (every encoding and format).
 */
export interface Expected {
  file: string;
  platform: string;
  /** Net revenue, counted orders and their customers, worked out by hand from the fixture. */
  revenue: number;
  orders: number;
  customers: number;
  excluded: Record<string, number>;
  merged?: number;
}

// Each case lists the orders that count and why, from the fixture's rows (test/fixtures/exports/).
export const CASES: Expected[] = [
  // Shopify: #1001 50 (2 line items), #1002 35, #1003 80 − 20 refunded = 60 (3 line items), #1009 20, #1010 15.50.
  // Excluded: #1004 refunded, #1005 voided, #1006 pending and #1008 authorized (awaiting payment), #1007 cancelled (Cancelled at).
  // Customers: ana, ben (Ben@Example.com lower-cased), gina.
  {
    file: 'shopify-orders.csv',
    platform: 'shopify-orders',
    revenue: 180.5,
    orders: 5,
    customers: 3,
    excluded: { refunded: 1, voided: 1, 'awaiting payment': 2, cancelled: 1 },
    merged: 3,
  },
  // WooCommerce Analytics: 201 40 (Completed), 202 25 (Processing), 207 60 (Completed); customers Ana Lopez, Ben Ode.
  // Excluded: 203 Refunded, 204 Cancelled, 205 Pending payment, 206 On hold, 208 Failed.
  {
    file: 'woocommerce-analytics-orders.csv',
    platform: 'woocommerce-analytics',
    revenue: 125,
    orders: 3,
    customers: 2,
    excluded: { refunded: 1, cancelled: 1, 'awaiting payment': 2, failed: 1 },
  },
  // WooCommerce Customer/Order/Coupon Export: 1101 55, 1102 30 − 10 refunded = 20, 1106 70, 1108 25 (guest, customer_id 0).
  // Excluded: 1103 refunded, 1104 cancelled, 1105 pending, 1107 on-hold. Customers by billing e-mail: ana (ANA@ and ana@), ben, carl.
  {
    file: 'woocommerce-coe-orders.csv',
    platform: 'woocommerce-coe',
    revenue: 170,
    orders: 4,
    customers: 3,
    excluded: { refunded: 1, cancelled: 1, 'awaiting payment': 2 },
  },
  // WooCommerce Advanced Order Export: 3001 80, 3002 45 − 15 refunded (written −15.00) = 30, 3006 20, 3007 64.50.
  // Excluded: 3003 Refunded, 3004 Failed, 3005 Pending payment. Customers: ana (twice, "Ana@Example.com "), ben, dana.s.
  {
    file: 'woocommerce-aoe-orders.csv',
    platform: 'woocommerce-aoe',
    revenue: 194.5,
    orders: 4,
    customers: 3,
    excluded: { refunded: 1, failed: 1, 'awaiting payment': 1 },
  },
  // Stripe: ch_3A01 49, ch_3A02 120, ch_3A04 25 − 10 refunded = 15, ch_3A07 80 (no customer id: its e-mail), ch_3A08 22.
  // Excluded: ch_3A03 Refunded, ch_3A05 not captured (awaiting payment), ch_3A06 Failed. Customers: cus_A, cus_B, guest@example.com.
  {
    file: 'stripe-payments.csv',
    platform: 'stripe-payments',
    revenue: 286,
    orders: 5,
    customers: 3,
    excluded: { refunded: 1, 'awaiting payment': 1, failed: 1 },
  },
  // Etsy: 3100000001 30, …02 45 adjusted to 35, …04 18.50, …05 60, …06 22; …03 adjusted to 0.00 is refunded.
  // Customers (Buyer User ID): 111, 222, 444.
  { file: 'etsy-sold-orders.csv', platform: 'etsy-sold-orders', revenue: 165.5, orders: 5, customers: 3, excluded: { refunded: 1 } },
  // Taobao: …256 120 (交易成功), …257 88 (卖家已发货，等待买家确认), …258 66 (买家已付款，等待卖家发货), …262 80 (paid, already net
  // of its 20 refund), …264 45.50. Excluded: …259 and …263 等待买家付款, …260 and …261 交易关闭. Customers: tb_ana, tb_ben, tb_carl.
  {
    file: 'taobao-orders.csv',
    platform: 'taobao',
    revenue: 399.5,
    orders: 5,
    customers: 3,
    excluded: { 'awaiting payment': 2, closed: 2 },
  },
  // JD: …890 99 (完成), …891 59 (等待出库), …892 120 (等待确认收货; 应付金额, not 京东价 130), …896 41 (完成).
  // Excluded: …893 已取消, …895 (删除) (cancelled), …894 等待付款. Customers: jd_ana, jd_ben, jd_carl.
  { file: 'jd-orders.csv', platform: 'jd', revenue: 319, orders: 4, customers: 3, excluded: { cancelled: 2, 'awaiting payment': 1 } },
  // Pinduoduo: …001 39.90 (已签收), …002 25 (已发货，待签收), …003 58 (待发货), …007 45 (已签收; +86 138 0013 8001 is …001's buyer).
  // Excluded: …004 售后 退款成功 (refunded), …005 已取消, …006 待支付. Customers: 13800138001, …002, …003.
  {
    file: 'pinduoduo-orders.csv',
    platform: 'pinduoduo',
    revenue: 167.9,
    orders: 4,
    customers: 3,
    excluded: { refunded: 1, cancelled: 1, 'awaiting payment': 1 },
  },
  // Youzan: …001 88 (交易完成), …002 66 (待发货), …003 50 − 20 refunded = 30 (已发货), …006 12. Excluded: …004 交易关闭, …005 待付款.
  { file: 'youzan-orders.csv', platform: 'youzan', revenue: 196, orders: 4, customers: 3, excluded: { closed: 1, 'awaiting payment': 1 } },
  // Douyin: main order …001 = 30 + 20 (two sub-orders), …002 45, …004 60 (its sub-order of 15 was refunded), …005 35.
  // Excluded: …003 已关闭, …006 待支付. Customers: 13700137001, …002, …004. Two sub-order rows merged.
  {
    file: 'douyin-orders.csv',
    platform: 'douyin',
    revenue: 190,
    orders: 4,
    customers: 3,
    excluded: { closed: 1, 'awaiting payment': 1 },
    merged: 2,
  },
  // WeChat shop: …001 50 (two items, the order amount repeated: counted once), …002 40, …003 45 − 20 refunded item = 25, …007 15.
  // Excluded: …004 商品售后 退款成功 (refunded), …005 待付款, …006 已取消. Customers: 张三, 李四, 王五 by phone.
  {
    file: 'wechat-shop-orders.csv',
    platform: 'wechat-shop',
    revenue: 130,
    orders: 4,
    customers: 3,
    excluded: { refunded: 1, 'awaiting payment': 1, cancelled: 1 },
    merged: 2,
  },
];
