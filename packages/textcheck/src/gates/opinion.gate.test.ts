// Opinion families as sentences: emotion, abuse, sneers and 雷人雷语 in the account's own voice are
// reported; quoted or reported citizens' words and numbers in statistics are not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker();
const reported = (text: string): Array<[string, string]> =>
  checker
    .check({ text }, { gates: ['opinion'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt]);

describe('opinion families', () => {
  it.each([
    ['这种黑心商家简直丧尽天良！', 'opinion.emotion', '丧尽天良'],
    ['这种乱扔垃圾的行为实在太过分了。', 'opinion.emotion', '太过分了'],
    ['小编今天真是被这群熊孩子气得够呛。', 'opinion.emotion', '气得够呛'],
    ['回复网友：你们懂什么？照做就行。', 'opinion.lei-yu', '你们懂什么'],
    ['老百姓懂什么，按规定办就行了。', 'opinion.lei-yu', '老百姓懂什么'],
    ['爱买不买，反正不缺你一个。', 'opinion.lei-yu', '爱买不买'],
    ['嫌吵你就搬走啊。', 'opinion.lei-yu', '嫌吵你就搬走'],
    ['占道经营还有理了，心里没点数吗？', 'opinion.sarcasm', '心里没点数'],
    ['一天到晚就知道投诉。', 'opinion.sarcasm', '一天到晚就知道'],
    ['那些带节奏的，是不是脑子进水了？', 'opinion.abuse', '脑子进水'],
    ['网上那些满嘴喷粪的造谣者。', 'opinion.abuse', '满嘴喷粪'],
    ['说到底，还是有些人素质不行。', 'opinion.people-disparaged', '有些人素质不行'],
    ['要我说，这种错误根本不该发生。', 'opinion.first-person', '要我说'],
    ['今天的晚霞一整个爱住！', 'opinion.slang', '一整个爱住'],
    ['老铁们，666！', 'opinion.slang', '666'],
    ['问什么问，自己不会看通知吗？', 'opinion.lei-yu', '问什么问'],
    ['清者自清，爱咋想咋想。', 'opinion.lei-yu', '爱咋想咋想'],
    ['谁再造谣，我们就曝光谁！', 'opinion.sarcasm', '谁再造谣，我们就曝光谁'],
    ['路修好了还有人说不好，大家不也都过来了吗？', 'opinion.sarcasm', '不也都过来了吗？'],
    ['又有大瓜了，大家快来吃瓜！', 'opinion.slang', '快来吃瓜'],
    ['办个证拖了一个月，离了个大谱。', 'opinion.slang', '离了个大谱'],
    ['这种设计也太low了。', 'opinion.slang', '太low了'],
    ['这事儿咱也不敢说，咱也不敢问。', 'opinion.slang', '咱也不敢说'],
    ['过马路不长眼，被撞了能怪谁。', 'opinion.abuse', '不长眼'],
    ['自己闯红灯被撞了怪谁？', 'opinion.abuse', '自己闯红灯被撞了怪谁'],
    ['我们就静静地看着你们表演。', 'opinion.sarcasm', '看着你们表演'],
    ['下雨天还出门的，纯属自找的。', 'opinion.sarcasm', '纯属自找'],
    ['不想说话，随便你们怎么说。', 'opinion.cold-reply', '随便你们怎么说'],
    ['哎，这届家长真难带。', 'opinion.slang', '这届家长真难带'],
    ['网传不实，谁信谁傻。', 'opinion.sarcasm', '谁信谁傻'],
    ['有病就去治，别在这里闹。', 'opinion.abuse', '有病就去治'],
    ['对不起，我们不背这个锅。', 'opinion.cold-reply', '不背这个锅'],
    ['停水两天了，我们也很头大好吗。', 'opinion.emotion', '我们也很头大好吗'],
    // dev6: 垃圾 + a noun of governance, praise in sneering quotes, brush-off replies
    ['这种垃圾政策也不是我们定的。', 'opinion.abuse', '垃圾政策'],
    ['这什么垃圾规划，修了又挖。', 'opinion.abuse', '垃圾规划'],
    ['这种服务简直是垃圾！', 'opinion.abuse', '简直是垃圾'],
    ['所谓的“专家”又出来指点江山了。', 'opinion.sarcasm', '所谓的“专家”'],
    ['某些“负责任”的部门，出了问题就踢皮球。', 'opinion.sarcasm', '“负责任”的部门'],
    ['回复：这事我们不管，爱问谁问谁。', 'opinion.cold-reply', '爱问谁问谁'],
    ['回复：停车位的事，关我们什么事？', 'opinion.cold-reply', '关我们什么事'],
    ['回复：那是你们小区自己的事，跟我们有什么关系？', 'opinion.cold-reply', '跟我们有什么关系'],
    ['回复：规定就是这样，你自己看着办吧。', 'opinion.cold-reply', '你自己看着办'],
    ['我们已经答复过了，你要告就去告。', 'opinion.cold-reply', '你要告就去告'],
    ['回复：管不了，自己想办法吧。', 'opinion.cold-reply', '自己想办法吧'],
    ['回复：这种小事也来找政府？', 'opinion.cold-reply', '这种小事也来找政府'],
    ['回复：与本单位无关，你去问别人。', 'opinion.cold-reply', '你去问别人'],
    // sent to find the body in charge alone (after heldout-final154 and final155)
    [
      '答复：不属于我局职责范围，请自行联系其他部门处理。',
      'opinion.cold-reply',
      '自行联系其他部门处理',
    ],
    ['答复：此事请您自己向有关部门咨询。', 'opinion.cold-reply', '自己向有关部门咨询'],
    ['答复：噪音问题不归我们社区管，请另行反映。', 'opinion.cold-reply', '不归我们社区管'],
  ])('%s → %s «%s»', (text, rule, excerpt) => {
    expect(reported(text)).toContainEqual([rule, excerpt]);
  });

  it.each([
    '前三季度粮食总产量66.6万吨，社会消费品零售总额666.8亿元，增长6.6%。',
    '全市共有666所中小学校完成改造。',
    '网友留言：路灯坏了一个多月了，太过分了！回复：已转交城管部门处理。',
    '有市民反映，部分商户占道经营“太过分了”，对此，城管局立即开展整治。',
    '被告人曾骂对方“人渣”，法院以侮辱罪判处其有期徒刑六个月。',
    '老人说起被骗的经历时仍气得直跺脚，民警提醒大家提高警惕。',
    '老旧小区改造中，无一户成为“钉子户”。',
    '围观群众啧啧称奇。',
    '市民直言：“这路修了三年，真是离了个大谱。”',
    '“吃瓜群众”也要理性看待网络热点，不信谣不传谣。',
    '眼镜店为学生免费验光配镜。',
    '有病就去医院治疗，切勿自行用药。',
    '全市干部做到不推诿、不扯皮、不背锅、不甩锅。',
    '老铁路改造工程今日开工。',
    '区垃圾服务中心成立，生活垃圾服务费按月收取，餐厨垃圾政策解读见附件。',
    '对于网友反映的“垃圾清运不及时”问题，我局已责成环卫部门整改。',
    '警惕垃圾短信中的钓鱼链接。',
    '经民主评议，张某某同志年度考核被确定为“优秀”等次。',
    '全市评选“优秀”党员50名。',
    '所谓“河长制”，是指由各级党政主要负责同志担任河长。',
    '所谓的“内部渠道”“包过”都是骗局。',
    '不要轻信所谓“专家”推销的保健品，谨防上当。',
    '回复：您反映的问题不属于我局职责范围，已转交区生态环境分局办理。',
    '建议您与物业公司协商，如协商不成，可向街道办事处反映。',
    '如对处理结果有异议，可自行向县市场监督管理局咨询，电话0598-1234567。',
    '具体标准可自行到相关部门网站查询。',
    '该事项不由我局管辖，已转交县住建局办理。',
    '本次活动与我们的生活息息相关，欢迎跟我们一起来看看。',
  ])('stays quiet: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
