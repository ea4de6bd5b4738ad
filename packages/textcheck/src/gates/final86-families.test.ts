// Rule families from heldout-final86, measured unseen after the rounds on final83–final85 and then
// read: 消费卷, 带来不变 and 大副压缩; a taunt at critics proved wrong and thanks in mock feeling, 素质
// low爆了, 眼皮子浅; a role-named person's mobile in brackets and past sentence, an investor's credit
// record, a named divorce as the start of a life story; crypto used to dodge foreign-exchange rules,
// a machine's tokens paid back in cash, new films offered free; the one-child slogan and the foreign
// trade filing as current; a province's short name before a prefecture not in it; a destination
// with three kinds ranked best; a citizen's request refused unless they share.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  ['opinion', '那些天天唱衰我市营商环境的人，现在脸疼不疼？', '脸疼不疼'],
  ['opinion', '当初说项目落不了地的人，这下被打脸了吧。', '被打脸了吧'],
  ['opinion', '质疑我们的声音，如今脸还疼吗？', '脸还疼吗'],
  ['opinion', '个别商家的“良心价”可真是让人感动呢，一碗面卖到68元。', '“良心价”可真是让人感动呢'],
  ['opinion', '这家店的“贴心服务”真是让人佩服啊，排队两小时。', '“贴心服务”真是让人佩服啊'],
  ['opinion', '有些游客的“文明”实在让人大开眼界呀。', '“文明”实在让人大开眼界呀'],
  ['opinion', '这些人的素质真是low爆了。', 'low爆了'],
  ['opinion', '个别家长素质太low了。', '素质太low'],
  ['opinion', '有些市民的素质简直low到家了。', 'low到家了'],
  ['opinion', '那些看不上传统手艺的人真是眼皮子浅。', '眼皮子浅'],
  ['opinion', '说这种话的人眼皮子也太浅了。', '眼皮子也太浅'],
  ['privacy', '优秀学员刘子豪（联系电话13757214589）等12人获颁证书。', '13757214589'],
  ['privacy', '村民王建国（手机13912345678）反映的问题已解决。', '13912345678'],
  ['privacy', '志愿者陈丽（电话13698765432）荣获“最美志愿者”。', '13698765432'],
  ['privacy', '文化志愿者马晓东曾因盗窃服刑三年，出狱后积极投身公益。', '马晓东'],
  ['privacy', '学员刘志强曾因吸毒被强制隔离戒毒。', '刘志强'],
  ['privacy', '志愿者王海涛有盗窃前科，现已改过自新。', '王海涛'],
  ['privacy', '拟引进项目的自然人投资方孙志强个人征信记录显示有5笔信用卡逾期。', '孙志强'],
  ['privacy', '股东李建新的征信报告显示多次逾期。', '李建新'],
  ['privacy', '法定代表人周国平因贷款逾期被列入征信不良记录。', '周国平'],
  ['privacy', '参展商代表林慧，离异后独自抚养女儿。', '林慧，离异后'],
  ['privacy', '王建国，离婚多年，一直独居。', '王建国，离婚多年'],
  ['privacy', '非遗传承人陈秀英，自离婚后便潜心刺绣。', '陈秀英，自离婚后'],
  ['legal', '企业可通过境外虚拟货币交易平台用USDT进行场外兑换，规避外汇管制。', '规避外汇管制'],
  ['legal', '借道地下钱庄换汇，方便快捷。', '借道地下钱庄换汇'],
  ['legal', '用比特币结算，绕开外汇额度限制。', '绕开外汇额度'],
  ['legal', '赢取的游戏币可兑回现金。', '兑回现金'],
  ['legal', '游戏币赢多了还能换回现金。', '换回现金'],
  ['legal', '登录“八一影院”网站免费观看各类院线新片高清资源。', '免费观看各类院线新片'],
  ['legal', '热映新片高清资源，扫码即可下载。', '热映新片高清资源'],
  ['legal', '院线大片免费观看，关注公众号获取链接。', '院线大片免费观看'],
  ['policy', '我市将继续落实“提倡一对夫妻生育一个孩子”的政策要求。', '提倡一对夫妻生育一个孩子'],
  ['policy', '社区要宣传提倡一对夫妻生育一个孩子。', '提倡一对夫妻生育一个孩子'],
  [
    'policy',
    '企业开展进出口业务前，须先到商务部门办理对外贸易经营者备案登记。',
    '对外贸易经营者备案登记',
  ],
  ['policy', '请携带营业执照办理对外贸易经营者备案登记。', '对外贸易经营者备案登记'],
  ['political', '开通至江苏苏州、浙江黄山、江西婺源三条周末专线。', '浙江黄山'],
  ['political', '考察团先后前往湖南恩施、湖北宜昌。', '湖南恩施'],
  ['political', '本次活动覆盖广东桂林、广西南宁两地。', '广东桂林'],
  ['advertising', '是全国最佳的温泉养生度假目的地，欢迎八方游客。', '全国最佳的温泉养生度假目的地'],
  ['advertising', '这里是全省最好的避暑休闲度假胜地。', '全省最好的避暑休闲度假胜地'],
  ['coercion', '请您先下载注册并转发本条微博，否则我们将不予受理。', '否则我们将不予受理'],
  ['coercion', '请先关注公众号并点赞本文，否则不予办理。', '否则不予办理'],
  ['coercion', '转发截图后再来留言，不然不予回复。', '不然不予回复'],
];

const CLEAN: Array<[Gate, string]> = [
  ['text', '政府发放消费卷轴画作为纪念品。'],
  ['text', '他是这艘货轮的大副，负责航行值班。'],
  ['opinion', '他的事迹真是让人感动。'],
  ['opinion', '如出现面部疼痛、脸疼等症状请及时就医。'],
  ['privacy', '咨询请联系：张老师（13757214589）。'],
  ['privacy', '优秀志愿者马晓东获评“最美志愿者”。'],
  ['privacy', '离异后独自抚养子女的单亲母亲可申请补助。'],
  ['privacy', '婚姻登记处提醒，离婚后须及时办理户口变更。'],
  ['legal', '警惕不法分子利用虚拟货币场外兑换规避外汇管制。'],
  ['legal', '文化馆公益放映厅将免费放映经典影片《城南旧事》。'],
  ['legal', '游戏厅的游戏币不得兑换现金。'],
  ['policy', '1980年起曾提倡一对夫妻生育一个孩子。'],
  ['policy', '2022年起对外贸易经营者备案登记已取消。'],
  ['political', '开通至江苏苏州、安徽黄山、江西婺源三条周末专线。'],
  ['political', '浙江黄山茶业有限公司参加展会。'],
  ['advertising', '我市被评为全国最佳温泉养生度假目的地。'],
  ['coercion', '请通过“市民通”APP提交材料，否则无法受理。'],
  ['coercion', '严禁以“转发本条微博，否则不予受理”等方式强制群众转发。'],
];

describe('families of heldout-final86', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
