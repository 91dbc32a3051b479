/**
 * Finding the columns of a shop export from its headers: Shopify ("Email", "Name", "Created at",
 * "Total"), WooCommerce ("Order Number", "Order Date", "Order Total", "Billing Email"), Stripe
 * ("Customer ID", "Created (UTC)", "Amount"), plain names (customer_id, date, amount) and Chinese
 * names (客户ID, 日期, 金额). Earlier synonyms win: an id column beats an e-mail column.
 */

/** Lower-case, no spaces, underscores, dashes, dots or brackets: "Created (UTC)" → "createdutc". */
export function normalizeHeader(h: string): string {
  return h.toLowerCase().replace(/[\s_\-.()[\]（）:：#/]/g, '');
}

export const TRANSACTION_SYNONYMS = {
  customerId: [
    'customerid',
    'customerno',
    'customernumber',
    'custid',
    'clientid',
    'userid',
    'memberid',
    'buyerid',
    'customeruserid',
    'contactid',
    '客户id',
    '客户编号',
    '用户id',
    '会员id',
    '买家id',
    '顾客id',
    '买家会员名',
    '下单帐号',
    '下单账号',
    '买家账号',
    '会员名',
    '买家昵称',
    'email',
    'customeremail',
    'billingemail',
    'billingemailaddress',
    'emailaddress',
    '邮箱',
    '电子邮件',
    'customer',
    'client',
    'buyer',
    '客户',
    '用户',
    '会员',
    '买家',
    '顾客',
    // German, French, Spanish, Italian, Dutch exports of European shop tools
    'kundennummer',
    'kundennr',
    'kunde',
    'numéroclient',
    'client',
    'idcliente',
    'cliente',
    'klantnummer',
    'klant',
  ],
  orderId: [
    'orderid',
    'ordernumber',
    'orderno',
    'order',
    'invoiceid',
    'invoiceno',
    'invoicenumber',
    'invoice',
    'transactionid',
    'receiptid',
    'chargeid',
    '订单号',
    '订单id',
    '订单编号',
    '交易号',
    '单号',
    '发票号',
    'name',
    'id',
  ],
  orderDate: [
    'orderdate',
    'purchasedate',
    'transactiondate',
    'invoicedate',
    'date',
    'createdat',
    'createdutc',
    'created',
    'paidat',
    'paiddate',
    'datetime',
    'timestamp',
    'time',
    '日期',
    '订单日期',
    '下单时间',
    '下单日期',
    '购买日期',
    '交易日期',
    '订单创建时间',
    '订单提交时间',
    '订单下单时间',
    '付款时间',
    '支付时间',
    '订单付款时间',
    '成交时间',
    '创建时间',
    '时间',
    'bestelldatum',
    'datum',
    'datedecommande',
    'fecha',
    'fechapedido',
    'data',
    'besteldatum',
  ],
  amount: [
    'amount',
    'ordertotal',
    'total',
    'totalamount',
    'revenue',
    'sales',
    'value',
    'grandtotal',
    'net',
    'netamount',
    'price',
    'sum',
    'paid',
    'amountpaid',
    '金额',
    '订单金额',
    '实付金额',
    '支付金额',
    '买家实际支付金额',
    '订单实付金额',
    '订单实际支付金额',
    '用户实付金额元',
    '应付金额',
    '实付款',
    '销售额',
    '总额',
    '总价',
    '价格',
    '收入',
    'betrag',
    'summe',
    'gesamtbetrag',
    'umsatz',
    'montant',
    'totalttc',
    'importe',
    'importo',
    'bedrag',
  ],
} as const;

export const RESPONSE_SYNONYMS = {
  score: [
    'score',
    'npsscore',
    'nps',
    'rating',
    'likelihoodtorecommend',
    'recommend',
    'howlikelyareyoutorecommendus',
    'csat',
    'satisfaction',
    'answer',
    '评分',
    '分数',
    '推荐意愿',
    '推荐分',
    '满意度',
    '打分',
  ],
  respondentId: ['respondentid', 'responseid', 'customerid', 'userid', 'email', 'id', '受访者id', '客户id', '用户id', '邮箱'],
  date: ['date', 'submittedat', 'submitdate', 'createdat', 'timestamp', 'responsedate', 'time', '日期', '提交时间', '时间'],
  comment: ['comment', 'comments', 'feedback', 'reason', 'why', 'text', 'verbatim', 'remarks', '评论', '意见', '反馈', '原因', '备注'],
} as const;

/** For each field, the first header matching one of its synonyms (in synonym order), each header used once. */
export function detectColumns<F extends string>(headers: string[], synonyms: Record<F, readonly string[]>): Partial<Record<F, string>> {
  const norm = headers.map(normalizeHeader);
  const used = new Set<number>();
  const out: Partial<Record<F, string>> = {};
  for (const field of Object.keys(synonyms) as F[]) {
    for (const syn of synonyms[field]) {
      const j = norm.findIndex((h, k) => h === syn && !used.has(k));
      if (j >= 0) {
        out[field] = headers[j];
        used.add(j);
        break;
      }
    }
  }
  return out;
}
