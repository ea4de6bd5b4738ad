// Rule families of the heldout-final23 round, each with wordings other than the set's: fixed
// formulations in the wrong order (四个自信, the core values, 四个意识, 五位一体, the new development
// philosophy), 国家人大代表 and 国家政协委员, the 2020 tasks of poverty alleviation told as this year's,
// surprise inspections announced with their time, chat kept inside one group, buying by a private
// message in slang or through a numbered QQ group, 国内顶级, named suspects called 劫匪/毒贩/凶手
// before judgement, the account's grievance that the public does not understand it — and the false
// alarms that stay quiet: an abolished tax told in a decade of the last century or as 成为历史, a
// repost from a government office (…办公室), local produce pointed to the 供销社, and a print-only
// header naming the site itself.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { learnedAdvertisingSeverities } from '../../test/support/stub-advertising-model.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (title: string, site: string, hidden: string, style: string) =>
  `<html><head><title>${title}_${site}</title></head><body><div class="logo"><img src="/logo.png" alt="${site}"></div><h1>${title}</h1><p>经研究，现将有关事项通知如下，请各单位认真贯彻落实。</p><div style="${style}">${hidden}</div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'political',
    '引导党员干部坚定理论自信、道路自信、制度自信、文化自信',
    '理论自信、道路自信、制度自信、文化自信',
  ],
  ['political', '增强文化自信、道路自信、理论自信', '文化自信、道路自信、理论自信'],
  ['political', '坚定道路、制度、理论、文化自信', '道路、制度、理论、文化'],
  ['political', '宣传栏写着：爱国、诚信、敬业、友善', '爱国、诚信、敬业、友善'],
  ['political', '倡导民主、富强、文明、和谐', '民主、富强、文明、和谐'],
  [
    'political',
    '树牢大局意识、政治意识、核心意识、看齐意识',
    '大局意识、政治意识、核心意识、看齐意识',
  ],
  ['political', '坚持创新、绿色、协调、开放、共享的发展理念', '创新、绿色、协调、开放、共享'],
  [
    'political',
    '统筹推进政治建设、经济建设、文化建设、社会建设和生态文明建设',
    '政治建设、经济建设、文化建设、社会建设',
  ],
  ['political', '我市3名国家人大代表参加视察', '国家人大代表'],
  ['political', '国家政协委员王某到我县调研', '国家政协委员'],
  ['policy', '县长指出，今年是脱贫攻坚收官之年，要确保高质量完成任务', '脱贫攻坚收官之年'],
  ['policy', '当前正处于全面建成小康社会收官之年，各乡镇要加压奋进', '全面建成小康社会收官之年'],
  [
    'confidentiality',
    '县市场监管局定于6月12日晚8点对城区夜市开展突击抽查',
    '定于6月12日晚8点对城区夜市开展突击抽查',
  ],
  [
    'confidentiality',
    '明晚9时，执法组将对滨河路的网吧进行暗访',
    '明晚9时，执法组将对滨河路的网吧进行暗访',
  ],
  ['confidentiality', '补助名单仅限本群知悉，请各位不要截图转到其他群', '仅限本群知悉'],
  ['confidentiality', '这个方案大家心里有数就行，别把方案截图发给村民', '截图发给村民'],
  ['confidentiality', '征收范围还没定，暂时不要向居民透露', '不要向居民透露'],
  ['advertising', '土蜂蜜今年产量有限，需要的戳我下单', '戳我下单'],
  ['advertising', '新茶到货，私聊拿货，量大从优', '私聊拿货'],
  ['advertising', '有需要的乡亲可加QQ群71236645团购，满20斤送货上门', '加QQ群71236645团购'],
  ['advertising', '这里的温泉水质属于业内顶级，欢迎前来体验', '业内顶级'],
  ['advertising', '果园出产的蜜桃品质堪称国内顶级', '国内顶级'],
  ['legal', '民警在出租屋内将毒贩张某某抓获', '毒贩张某某'],
  ['legal', '经连夜蹲守，抓获凶手刘某，现已被刑事拘留', '凶手刘某'],
  ['opinion', '说句心里话，群众一点都不领情，我们挺委屈的', '群众一点都不领情，我们挺委屈'],
  ['opinion', '干了这么多年基层工作，真是心寒，村民压根不理解', '心寒，村民压根不理解'],
  ['opinion', '我们熬了几个通宵，说实话真的好心寒', '真的好心寒'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '坚定道路自信、理论自信、制度自信、文化自信'],
  ['political', '倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治'],
  ['political', '营造友善、文明、和谐的社区氛围'],
  ['political', '推动绿色、创新、开放发展'],
  ['political', '全国人大代表、省人大代表和市政协委员参加座谈'],
  ['political', '近年来国家人口结构发生变化，国家政策不断完善'],
  ['policy', '2020年是脱贫攻坚收官之年，全县如期完成脱贫任务'],
  ['policy', '回顾脱贫攻坚决战决胜之年，全县干部群众众志成城'],
  ['policy', '上世纪九十年代，农民每年都要缴纳农业税'],
  ['policy', '80年代，村里种粮要交农业税和提留'],
  ['policy', '延续了两千多年的农业税从此成为历史'],
  ['confidentiality', '近期，县市场监管局将不定期开展明察暗访'],
  ['confidentiality', '6月12日晚，县市场监管局对城区夜市开展了突击抽查'],
  ['confidentiality', '县文旅局将于6月12日开展文化市场专项检查，请经营单位做好自查'],
  ['confidentiality', '不要把他人证件截图发到网上'],
  ['confidentiality', '不要向陌生人透露验证码'],
  ['confidentiality', '请只在本群发布与工作有关的消息'],
  ['advertising', '有问题可以私信我们反映'],
  ['advertising', '请家长加入QQ群71236645参加线上家长会'],
  ['advertising', '该校毕业生多次在国内顶级赛事中获奖，论文发表在国内顶级期刊'],
  ['advertising', '这项技术达到国内顶级水平'],
  ['legal', '法院以抢劫罪判处劫匪何某有期徒刑十年'],
  ['legal', '民警成功抓获犯罪嫌疑人何某'],
  ['opinion', '起初村民不理解，经过干部多次上门沟通，大家都支持了'],
  ['opinion', '群众一时不理解，我们不能心寒，要更耐心地做好解释'],
  ['source', '来源：县政务服务管理办公室'],
  ['source', '来源：市人民政府办公室'],
  [
    'hijack',
    {
      html: page(
        '关于做好防汛工作的通知',
        '盐池县人民政府',
        '盐池县人民政府网站 打印版',
        'height:0;overflow:hidden;',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '关于做好防汛工作的通知',
        '某市人民政府',
        '某市人民政府门户网站打印页面',
        'height:0;overflow:hidden;',
      ),
    },
  ],
];

describe('heldout-final23 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('hidden text of the same size that says something else still warns', () => {
    const checker = createChecker({ asOf: '2026-01-01', classifier: false });
    const html = page(
      '关于做好防汛工作的通知',
      '盐池县人民政府',
      '本站已被接管，请访问新站获取最新内容',
      'height:0;overflow:hidden;',
    );
    const severities = checker
      .check({ html }, { gates: ['hijack'] })
      .findings.map((f) => f.severity);
    expect(severities).toContain('warn');
  });

  it('a source that is not an office still warns', () => {
    const checker = createChecker({ asOf: '2026-01-01', classifier: false });
    const found = checker.check({ text: '来源：某某网友朋友圈' }, { gates: ['source'] }).findings;
    expect(found.some((f) => f.severity === 'warn')).toBe(true);
  });
});

describe('learned advertising flag on produce pointed to the 供销社', () => {
  const learned = learnedAdvertisingSeverities;
  it.each([
    ['桃花开了，想尝鲜的朋友可到供销社门店选购。', 'info'],
    ['桃花开了，欢迎到县农产品展销中心选购。', 'info'],
    ['桃花开了，供销社门店特价9.9元，欢迎选购。', 'warn'],
    ['桃花开了，欢迎到本店选购。', 'warn'],
  ])('advertising.learned in %s is %s', (text, severity) => {
    expect(learned(text)).toEqual([severity]);
  });
});
