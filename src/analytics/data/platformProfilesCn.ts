/**
 * The profiles of Chinese platforms' order exports: Taobao/Tmall, JD, Pinduoduo, Youzan, Douyin
 * and the WeChat shop (see platformProfiles.ts for the fields and docs/supported-exports.md for the
 * sources).
 */
import type { PlatformProfile } from './platformProfiles';

const c = (...names: string[]) => names;

export const CHINESE_PROFILES: PlatformProfile[] = [
  {
    id: 'taobao',
    label: '淘宝/天猫 订单报表',
    kind: 'orders',
    signature: ['订单编号', '买家会员名', '买家实际支付金额'],
    columns: {
      customerId: c('买家会员名'),
      orderId: c('订单编号'),
      orderDate: c('订单创建时间', '订单付款时间'),
      amount: c('买家实际支付金额'),
      refund: c('退款金额'),
      status: c('订单状态'),
      name: c('收货人姓名'),
      phone: c('联系手机', '联系电话'),
    },
    amountIsNet: true,
  },
  {
    id: 'jd',
    label: '京东 订单导出',
    kind: 'orders',
    signature: ['订单号', '应付金额', '下单时间'],
    columns: {
      customerId: c('下单帐号', '下单账号'),
      orderId: c('订单号'),
      orderDate: c('下单时间'),
      amount: c('应付金额', '订单金额'),
      status: c('订单状态'),
      name: c('客户姓名'),
      phone: c('联系电话'),
    },
  },
  {
    id: 'pinduoduo',
    label: '拼多多 订单导出',
    kind: 'orders',
    signature: ['订单号', '用户实付金额元'],
    columns: {
      customerId: c('用户购买手机号', '手机', '收货人'),
      customerFallback: c('收货人'),
      orderId: c('订单号'),
      orderDate: c('订单成交时间', '拼单成功时间', '支付时间'),
      amount: c('用户实付金额(元)'),
      status: c('订单状态'),
      afterSale: c('售后状态'),
      name: c('收货人'),
      phone: c('手机', '用户购买手机号'),
      city: c('市'),
    },
  },
  {
    id: 'youzan',
    label: '有赞 订单导出',
    kind: 'orders',
    signature: ['订单号', '订单实付金额', '订单创建时间'],
    columns: {
      customerId: c('买家手机号'),
      customerFallback: c('买家昵称'),
      orderId: c('订单号'),
      orderDate: c('订单创建时间'),
      amount: c('订单实付金额'),
      refund: c('订单已退款金额'),
      status: c('订单状态'),
      name: c('收货人/提货人', '收货人', '买家昵称'),
      phone: c('买家手机号'),
      city: c('收货人城市', '城市'),
    },
  },
  {
    id: 'douyin',
    label: '抖店 订单导出',
    kind: 'orders',
    signature: ['主订单编号', '子订单编号'],
    columns: {
      customerId: c('收件人手机号', '收件人电话', '用户ID'),
      customerFallback: c('收件人'),
      orderId: c('主订单编号'),
      orderDate: c('订单提交时间', '支付完成时间'),
      amount: c('订单应付金额'),
      status: c('订单状态'),
      afterSale: c('售后状态'),
      name: c('收件人'),
      phone: c('收件人手机号', '收件人电话'),
      city: c('市'),
    },
    lineItems: 'sum',
  },
  {
    id: 'wechat-shop',
    label: '微信小店 订单导出',
    kind: 'orders',
    signature: ['订单号', '订单实际支付金额'],
    columns: {
      customerId: c('收件人手机'),
      customerFallback: c('收件人姓名'),
      orderId: c('订单号'),
      orderDate: c('订单下单时间', '支付时间'),
      amount: c('订单实际支付金额'),
      refund: c('商品已退款金额'),
      status: c('订单状态'),
      afterSale: c('商品售后'),
      name: c('收件人姓名'),
      phone: c('收件人手机'),
      city: c('市', '收件人城市'),
    },
    lineItems: 'first',
    refundPerLine: true,
  },
];
