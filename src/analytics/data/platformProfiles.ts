/**
 * Platform profiles: the exports small shops download, recognised from their headers, with the
 * columns each field is read from and the platform's rules (line items, refunds). The column
 * names come from the platforms' documentation and open-source parsers of their exports; see
 * docs/supported-exports.md for the sources.
 */
import { normalizeHeader } from './columnDetection';
import { CHINESE_PROFILES } from './platformProfilesCn';

/** The fields a profile can name: the transaction columns, the order rules' columns and the contact columns. */
export type ProfileField =
  | 'customerId'
  | 'customerFallback'
  | 'orderId'
  | 'orderDate'
  | 'amount'
  | 'status'
  | 'refund'
  | 'adjustedAmount'
  | 'currency'
  | 'cancelledAt'
  | 'captured'
  | 'afterSale'
  | 'name'
  | 'email'
  | 'phone'
  | 'city'
  | 'acceptsMarketing';

export interface PlatformProfile {
  /** e.g. 'shopify-orders', 'taobao' */
  id: string;
  /** e.g. 'Shopify orders', '淘宝/天猫 订单报表' */
  label: string;
  kind: 'orders' | 'customers';
  /** Normalised headers that must all be present (see {@link normalizeHeader}). */
  signature: string[];
  /** Candidate headers per field, the first present wins. */
  columns: Partial<Record<ProfileField, string[]>>;
  /**
   * Several rows per order: 'first' takes the order's fields from its first row (Shopify, the
   * WeChat shop, whose later rows repeat or leave them empty); 'sum' adds the amounts of the
   * rows that count (Douyin sub-orders).
   */
  lineItems?: 'first' | 'sum';
  /** The amount is already net of refunds: the refund column is not subtracted again. */
  amountIsNet?: boolean;
  /** Refunds are given per line item and add up to the order's refund (WeChat shop). */
  refundPerLine?: boolean;
}

/** Headers that name these fields on any platform (normalised; earlier wins). */
export const GENERIC_COLUMNS: Partial<Record<ProfileField, string[]>> = {
  status: ['financialstatus', 'paymentstatus', 'orderstatus', 'status', '订单状态', '交易状态', '支付状态'],
  refund: [
    'refundedamount',
    'amountrefunded',
    'refundedtotal',
    'orderrefundamount',
    'refundamount',
    'refunds',
    '退款金额',
    '已退款金额',
    '订单已退款金额',
  ],
  currency: ['currency', 'ordercurrency', 'currencycode', '币种', '货币'],
  cancelledAt: ['cancelledat', 'canceledat', 'cancelleddate', 'cancelled'],
  afterSale: ['售后状态', '商品售后'],
  name: [
    'billingname',
    'fullname',
    'customername',
    'name',
    'buyername',
    '客户姓名',
    '姓名',
    '收货人姓名',
    '收货人',
    '收件人姓名',
    '收件人',
  ],
  email: ['email', 'customeremail', 'billingemail', 'emailbilling', 'emailaddress', '邮箱', '电子邮件'],
  phone: [
    'phone',
    'billingphone',
    'phonebilling',
    'customerphone',
    'mobile',
    'telephone',
    '手机',
    '手机号',
    '联系手机',
    '联系电话',
    '买家手机号',
    '收件人手机',
    '电话',
  ],
  city: ['city', 'billingcity', 'citybilling', 'shipcity', 'shippingcity', 'defaultaddresscity', '城市', '市'],
  acceptsMarketing: ['acceptsmarketing', 'acceptsemailmarketing', 'marketingconsent', 'newsletter', 'optin'],
};

const c = (...names: string[]) => names;

export const PLATFORM_PROFILES: PlatformProfile[] = [
  {
    id: 'shopify-orders',
    label: 'Shopify orders',
    kind: 'orders',
    signature: ['name', 'financialstatus', 'lineitemname'],
    columns: {
      customerId: c('Email'),
      orderId: c('Name'),
      orderDate: c('Created at'),
      amount: c('Total'),
      status: c('Financial Status'),
      refund: c('Refunded Amount'),
      cancelledAt: c('Cancelled at'),
      currency: c('Currency'),
      name: c('Billing Name', 'Shipping Name'),
      email: c('Email'),
      phone: c('Billing Phone', 'Phone', 'Shipping Phone'),
      city: c('Billing City', 'Shipping City'),
      acceptsMarketing: c('Accepts Marketing'),
    },
    lineItems: 'first',
  },
  {
    id: 'shopify-customers',
    label: 'Shopify customers',
    kind: 'customers',
    signature: ['email', 'totalspent', 'totalorders'],
    columns: {
      customerId: c('Customer ID', 'Email'),
      email: c('Email'),
      phone: c('Phone', 'Default Address Phone'),
      city: c('Default Address City', 'City'),
      acceptsMarketing: c('Accepts Email Marketing', 'Accepts Marketing'),
    },
  },
  {
    id: 'woocommerce-analytics',
    label: 'WooCommerce Analytics › Orders',
    kind: 'orders',
    signature: ['date', 'order', 'status', 'customer', 'netsales'],
    columns: {
      customerId: c('Customer'),
      orderId: c('Order #'),
      orderDate: c('Date'),
      amount: c('Net Sales'),
      status: c('Status'),
      name: c('Customer'),
    },
    amountIsNet: true,
  },
  {
    id: 'woocommerce-coe',
    label: 'WooCommerce Customer/Order/Coupon Export',
    kind: 'orders',
    signature: ['orderid', 'ordernumber', 'ordertotal', 'billingemail'],
    columns: {
      customerId: c('billing_email'),
      customerFallback: c('customer_id'),
      orderId: c('order_number', 'order_id'),
      orderDate: c('date', 'order_date'),
      amount: c('order_total'),
      refund: c('refunded_total'),
      currency: c('order_currency'),
      status: c('status', 'order_status'),
      email: c('billing_email'),
      phone: c('billing_phone'),
      city: c('billing_city'),
    },
  },
  {
    id: 'woocommerce-aoe',
    label: 'WooCommerce Advanced Order Export',
    kind: 'orders',
    signature: ['ordernumber', 'orderstatus', 'ordertotalamount'],
    columns: {
      customerId: c('Email (Billing)', 'Customer User Email'),
      customerFallback: c('Customer User ID'),
      orderId: c('Order Number', 'Order ID'),
      orderDate: c('Order Date'),
      amount: c('Order Total Amount'),
      refund: c('Order Refund Amount'),
      currency: c('Order Currency', 'Currency'),
      status: c('Order Status'),
      email: c('Email (Billing)'),
      phone: c('Phone (Billing)'),
      city: c('City (Billing)'),
    },
  },
  {
    id: 'stripe-payments',
    label: 'Stripe payments',
    kind: 'orders',
    signature: ['id', 'amount', 'amountrefunded', 'status'],
    columns: {
      customerId: c('Customer ID'),
      customerFallback: c('Customer Email'),
      orderId: c('id'),
      orderDate: c('Created date (UTC)', 'Created (UTC)'),
      amount: c('Amount'),
      refund: c('Amount Refunded'),
      currency: c('Currency'),
      status: c('Status'),
      captured: c('Captured'),
      name: c('Customer Description', 'Card Name'),
      email: c('Customer Email'),
      city: c('Card Address City'),
    },
  },
  {
    id: 'etsy-sold-orders',
    label: 'Etsy sold orders',
    kind: 'orders',
    signature: ['saledate', 'orderid', 'buyeruserid'],
    columns: {
      customerId: c('Buyer User ID'),
      customerFallback: c('Buyer'),
      orderId: c('Order ID'),
      orderDate: c('Sale Date'),
      amount: c('Order Total'),
      adjustedAmount: c('Adjusted Order Total'),
      currency: c('Currency'),
      status: c('Status'),
      name: c('Full Name'),
      city: c('Ship City'),
    },
  },
  ...CHINESE_PROFILES,
];

/** A recognised export: its profile and the header chosen for each field present. */
export interface PlatformMatch {
  profile: PlatformProfile;
  columns: Partial<Record<ProfileField, string>>;
}

/** The header matching a candidate list (compared normalised), skipping the headers in `taken`. */
export function findHeader(headers: string[], candidates: string[], taken: Set<string> = new Set()): string | undefined {
  const norm = headers.map(normalizeHeader);
  for (const cand of candidates) {
    const j = norm.findIndex((h, k) => h === normalizeHeader(cand) && !taken.has(headers[k]));
    if (j >= 0) return headers[j];
  }
  return undefined;
}

/**
 * The platform whose signature the headers carry, with the header of each field it has.
 * @example detectPlatform(['Name', 'Email', 'Financial Status', 'Lineitem name', 'Total', 'Created at'])?.profile.id // → 'shopify-orders'
 */
export function detectPlatform(headers: string[]): PlatformMatch | undefined {
  const norm = new Set(headers.map(normalizeHeader));
  const profile = PLATFORM_PROFILES.find((p) => p.signature.every((h) => norm.has(h)));
  if (!profile) return undefined;
  const columns: Partial<Record<ProfileField, string>> = {};
  for (const [field, candidates] of Object.entries(profile.columns) as [ProfileField, string[]][]) {
    const h = findHeader(headers, candidates);
    if (h !== undefined) columns[field] = h;
  }
  return { profile, columns };
}
