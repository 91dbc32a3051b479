/**
 * Chinese shop comments written and labelled by hand for issue #15 (item 5), before the scorer was
 * tuned: what a tea or handmade-goods shop on Taobao or WeChat hears. The label is the overall
 * opinion a shop owner would read in the comment ("neutral" when it states a fact or says nothing
 * about the goods or service). Each comment names its theme, for feedbackThemes.
 */
export type Label = 'positive' | 'negative' | 'neutral';
export type Theme = '物流' | '包装' | '质量' | '价格' | '客服' | '其他';

export interface LabelledComment {
  text: string;
  label: Label;
  theme: Theme;
}

const c = (text: string, label: Label, theme: Theme): LabelledComment => ({ text, label, theme });

export const ZH_LABELLED_COMMENTS: readonly LabelledComment[] = Object.freeze([
  // Positive
  c('物流很快，第二天就到了', 'positive', '物流'),
  c('快递给力，包装也很用心', 'positive', '物流'),
  c('发货速度快，好评', 'positive', '物流'),
  c('顺丰发货，速度非常快', 'positive', '物流'),
  c('包装很精美，送人很有面子', 'positive', '包装'),
  c('包装严实，一点都没有破损', 'positive', '包装'),
  c('盒子很漂亮，包装完好', 'positive', '包装'),
  c('茶叶香气浓郁，回甘明显，非常满意', 'positive', '质量'),
  c('味道很好，家人都很喜欢', 'positive', '质量'),
  c('口感醇厚，比超市买的好喝多了', 'positive', '质量'),
  c('质量不错，做工精细', 'positive', '质量'),
  c('手工做的很精致，值得购买', 'positive', '质量'),
  c('东西很新鲜，下次还会再买', 'positive', '质量'),
  c('第三次回购了，一如既往的好', 'positive', '质量'),
  c('正品，放心购买', 'positive', '质量'),
  c('价格实惠，性价比很高', 'positive', '价格'),
  c('这个价格买到这么好的茶，太划算了', 'positive', '价格'),
  c('活动价很便宜，很值', 'positive', '价格'),
  c('价格有点贵，但是质量真的很好', 'positive', '价格'),
  c('客服态度很好，耐心解答问题', 'positive', '客服'),
  c('客服小姐姐很热情，推荐的茶很合口味', 'positive', '客服'),
  c('有问题客服马上处理了，服务周到', 'positive', '客服'),
  c('卖家很贴心，还送了小样', 'positive', '客服'),
  c('老板人很好，沟通愉快', 'positive', '客服'),
  c('很满意的一次购物', 'positive', '其他'),
  c('五星好评，推荐给大家', 'positive', '其他'),
  c('超级喜欢，已经推荐给朋友了', 'positive', '其他'),
  c('没有任何问题，很好', 'positive', '其他'),
  c('和描述的一样，没问题', 'positive', '其他'),
  c('还不错，会继续关注', 'positive', '其他'),
  c('宝贝收到了，很棒', 'positive', '其他'),
  c('整体体验很好，赞一个', 'positive', '其他'),
  c('物流快，包装好，味道香', 'positive', '物流'),
  c('茶汤清澈，喝着舒服', 'positive', '质量'),
  c('比想象中的好很多，惊喜', 'positive', '质量'),
  c('一直在这家买，从来没失望过', 'positive', '其他'),
  // Negative
  c('物流太慢了，等了一个星期', 'negative', '物流'),
  c('快递慢得要命，催了好几次', 'negative', '物流'),
  c('发货太慢，说好的48小时发货，结果五天才发', 'negative', '物流'),
  c('快递员态度恶劣，直接扔在门口', 'negative', '物流'),
  c('包装破损，茶叶撒了一地', 'negative', '包装'),
  c('盒子压坏了，送人都不好意思', 'negative', '包装'),
  c('包装太简陋，就一个塑料袋', 'negative', '包装'),
  c('瓶子碎了，漏得到处都是', 'negative', '包装'),
  c('味道很一般，没有想象中好喝', 'negative', '质量'),
  c('茶叶有一股霉味，不新鲜', 'negative', '质量'),
  c('口感苦涩，难喝', 'negative', '质量'),
  c('质量太差了，用了两天就坏了', 'negative', '质量'),
  c('做工粗糙，线头很多', 'negative', '质量'),
  c('和图片差别太大，失望', 'negative', '质量'),
  c('感觉是假货，和专柜的不一样', 'negative', '质量'),
  c('不好喝，不会再买了', 'negative', '质量'),
  c('收到的是陈茶，很不满意', 'negative', '质量'),
  c('价格太贵了，不值这个价', 'negative', '价格'),
  c('刚买就降价了，太坑了', 'negative', '价格'),
  c('性价比很低，不推荐', 'negative', '价格'),
  c('又贵又难喝', 'negative', '价格'),
  c('客服态度很差，爱理不理', 'negative', '客服'),
  c('客服一直不回复消息', 'negative', '客服'),
  c('问客服问题，回答很敷衍', 'negative', '客服'),
  c('申请退货，客服推来推去，很生气', 'negative', '客服'),
  c('售后服务太差，再也不来了', 'negative', '客服'),
  c('发错货了，联系客服也没人管', 'negative', '客服'),
  c('差评，非常失望', 'negative', '其他'),
  c('不推荐购买，浪费钱', 'negative', '其他'),
  c('后悔买了，垃圾', 'negative', '其他'),
  c('少发了一盒，也不给补', 'negative', '其他'),
  c('根本不是宣传的那样，骗人', 'negative', '其他'),
  c('东西一般，物流也慢', 'negative', '物流'),
  c('没有想象中的好，有点失望', 'negative', '质量'),
  c('不太好喝，有点涩', 'negative', '质量'),
  c('糟糕的购物体验', 'negative', '其他'),
  // Neutral
  c('收到了', 'neutral', '其他'),
  c('还没喝，过几天再来评价', 'neutral', '质量'),
  c('已经收到货，给家里人买的', 'neutral', '其他'),
  c('第一次在这家店买', 'neutral', '其他'),
  c('买给爸爸的，他还没打开', 'neutral', '其他'),
  c('请问这个茶可以放冰箱吗', 'neutral', '其他'),
  c('周二下单，周五到货', 'neutral', '物流'),
  c('用的是圆通快递', 'neutral', '物流'),
  c('这是第二次购买', 'neutral', '其他'),
  c('茶叶是250克一罐的', 'neutral', '质量'),
  c('系统默认评价', 'neutral', '其他'),
  c('和上次买的是同一款', 'neutral', '其他'),
]);
