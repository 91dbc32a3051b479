/**
 * A second set of Chinese shop comments, written and labelled by hand after the scorer was tuned on
 * zhLabelledComments.ts and never used to change it: its accuracy is the honest estimate (#15).
 */
import type { LabelledComment } from './zhLabelledComments';

const c = (text: string, label: LabelledComment['label']): LabelledComment => ({ text, label, theme: '其他' });

export const ZH_HELD_OUT_COMMENTS: readonly LabelledComment[] = Object.freeze([
  c('手工皂很好用，洗完不紧绷', 'positive'),
  c('香味淡淡的，很舒服，会回购', 'positive'),
  c('店家发货很及时，包裹很整齐', 'positive'),
  c('颜色很正，和图片一样好看', 'positive'),
  c('泡了三次还有味道，很耐泡', 'positive'),
  c('物美价廉，已经买第二次了', 'positive'),
  c('老板回复很快，很专业', 'positive'),
  c('包装很有心意，朋友收到很开心', 'positive'),
  c('质量很好，没有异味', 'positive'),
  c('真心不错，值得推荐', 'positive'),
  c('性价比超高，满意', 'positive'),
  c('送货上门，服务很好', 'positive'),
  c('东西挺好的，就是快递有点慢', 'positive'),
  c('做工一流，细节到位', 'positive'),
  c('杯子有裂痕，很不开心', 'negative'),
  c('味道太淡了，没什么茶味', 'negative'),
  c('等了十天还没发货', 'negative'),
  c('客服说会补发，结果一直没消息', 'negative'),
  c('尺寸不对，退货还要自己出运费', 'negative'),
  c('买贵了，隔壁店便宜二十块', 'negative'),
  c('颜色和图片完全不一样，差评', 'negative'),
  c('收到就是坏的，太失望了', 'negative'),
  c('包装很随便，盒子都变形了', 'negative'),
  c('一股塑料味，不敢用', 'negative'),
  c('质量一般般，不值这个价', 'negative'),
  c('快递很慢，客服也不理人', 'negative'),
  c('下单三天了，什么时候发货', 'neutral'),
  c('帮同事代买的', 'neutral'),
  c('今天刚到，明天试试', 'neutral'),
  c('选的是绿色款', 'neutral'),
]);
