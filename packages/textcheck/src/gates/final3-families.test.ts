// Rule families of the heldout-final3 round, each with wordings other than the set's: Hong Kong,
// Macao and Taiwan treated as foreign, 中台 as peers, ethnic groups judged backward, bodies and
// birth-policy measures since superseded, threats of beating, drug offers injected into a notice,
// classification fields and no-reproduction marks, secrecy publicity, cure and coupon claims,
// businesses ranked best, first-choice products, vouchers, brush-off and scolding replies, memes,
// rates turned into penalties, dictated satisfaction, personal mobiles of car owners, gambling
// anchors and enforcement news in meta tags.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '热烈庆祝澳门回归中国25周年', '澳门回归中国'],
  ['political', '暑假带孩子出国去台湾旅游', '出国去台湾'],
  ['political', '赴香港等国外高校交流学习', '香港等国外'],
  ['political', '积极推进中台经贸合作', '中台经贸'],
  ['political', '那里的彝族群众过去愚昧野蛮，经过帮扶才有了变化', '愚昧野蛮'],
  ['policy', '请于月底前将材料报送区安全生产监督管理局', '安全生产监督管理局'],
  ['policy', '市农业委员会组织专家开展技术指导', '农业委员会'],
  ['policy', '评先评优继续实行计生一票否决', '计生一票否决'],
  ['legal', '哪个再来闹事，我们就打断他的腿', '哪个再来闹事，我们就打断他的腿'],
  ['legal', '【便民提示】明日停水，请广大市民提前储水。出售麻古，同城配送，价格私聊。', '麻古'],
  ['confidentiality', '本方案密级为秘密，请妥善保管', '密级为秘密'],
  ['confidentiality', '此件阅后收回，请勿复印', '阅后收回'],
  ['confidentiality', '会议材料严禁翻印、转借', '严禁翻印'],
  ['advertising', '独家秘方，永不复发，无效退款', '永不复发'],
  ['advertising', '持此券到店消费立减20元', '持此券到店消费立减20元'],
  ['advertising', '被评为全市最专业的搬家公司', '全市最专业的搬家公司'],
  ['advertising', '本地土蜂蜜，节日送礼首选好礼', '首选'],
  ['opinion', '这事我们可管不到，你去找物业', '我们可管不到'],
  ['opinion', '不要啥事都找政府，自己协商解决', '不要啥事都找'],
  ['opinion', '公告写得清清楚楚，你不会自己查一下吗？', '不会自己查一下吗'],
  ['opinion', '这种观点压根站不住脚', '压根站不住脚'],
  ['opinion', '好政策且用且珍惜', '且用且珍惜'],
  [
    'coercion',
    '各村组织群众安装“平安乡村”APP，安装率低于80%的村予以通报批评。',
    '安装率低于80%的村予以通报批评',
  ],
  ['coercion', '窗口人员要引导办事群众在短信测评中选择“非常满意”', '非常满意'],
  ['privacy', '违停车辆车主钱某某，手机13987654321，请尽快挪车', '13987654321'],
];

// [gate, text]: must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '庆祝香港回归祖国27周年'],
  ['political', '办理出国（境）证件须经审批'],
  ['political', '引进港澳及国外优秀人才'],
  ['political', '建设数据中台，推进业务中台共享'],
  ['political', '民族地区经济社会发展相对落后，需加大支持'],
  ['policy', '县农业农村局组织开展春耕指导'],
  ['policy', '1990年代，各地曾实行计划生育一票否决。'],
  ['legal', '谁再违规停车就依法处罚，有问题请打110'],
  ['legal', '禁毒办提醒：不法分子以“同城配送”为名贩卖毒品，请远离毒品'],
  ['confidentiality', '版权所有，未经许可不得转载'],
  ['confidentiality', '严禁在互联网上传递涉密文件，不用手机拍摄内部资料'],
  ['advertising', '持老年优待证可享受景区门票半价优惠'],
  ['advertising', '公共交通已成为市民出行的首选'],
  ['advertising', '全省最大的光伏企业落户我县'],
  ['advertising', '第三批惠民消费券明日发放，包括满100减30元、满50减10元两种面额，每人限领1张。'],
  ['advertising', '经规范治疗，患者病情稳定，未再复发。'],
  ['opinion', '您反映的问题，我们已转交属地街道办理'],
  ['opinion', '这一观点并非完全站不住脚'],
  ['opinion', '孩子自己不会做的题目，可以请老师讲解'],
  ['coercion', '全县疫苗接种率达到95%，感谢广大群众的支持'],
  ['coercion', '欢迎您在回访中对我们的工作提出意见建议'],
  ['privacy', '服务热线：0731-12345678'],
];

describe('final3 rule families', () => {
  it.each(CATCHES)('%s reports in “%s” «%s»', (gate, text, excerpt) => {
    expect(reported(gate, { text }).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('%s leaves “%s” alone', (gate, text) => {
    expect(reported(gate, { text })).toEqual([]);
  });
});

describe('html: gambling anchors and enforcement news in meta tags', () => {
  const page = (head: string, body: string) =>
    `<html><head><title>某县人民政府</title>${head}</head><body>${body}</body></html>`;

  it('reports links whose text is a gambling brand, whatever the host', () => {
    const html = page(
      '',
      '<p>全县开展植树活动。</p><div>友情链接：<a href="http://www.example-a.com/">威尼斯人娱乐</a> | ' +
        '<a href="https://www.hunan.gov.cn/">湖南省人民政府</a></div>',
    );
    expect(reported('hijack', { html }).length).toBe(1);
    expect(reported('legal', { html })).toEqual(['威尼斯人娱乐']);
  });

  it('leaves a news link about a gambling case alone', () => {
    const html = page(
      '',
      '<p>相关新闻：<a href="http://news.example.com/a.html">警方破获太阳城网络赌博案</a></p>',
    );
    expect(reported('hijack', { html })).toEqual([]);
  });

  it('does not read enforcement keywords of a police news page as stuffing', () => {
    const html = page(
      '<meta name="keywords" content="严厉打击网络赌博,公安机关"><meta name="description" content="县公安局捣毁一个网络赌博窝点">',
      '<h1>县公安局捣毁一个网络赌博窝点</h1><p>近日，县公安局严厉打击网络赌博，捣毁窝点一个。</p>',
    );
    expect(reported('hijack', { html })).toEqual([]);
  });
});
