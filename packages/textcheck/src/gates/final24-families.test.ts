// Rule families of the heldout-final24 round, each with wordings other than the set's: the head of a
// people's congress standing committee called 主席 in the full name, the party's discipline body
// without 检查, the 四个全面 out of order, an abolished tax with a filing deadline before it, a
// candidate for a post told from the meeting that still weighs it, gambling words in a page's meta
// description, 垫付 paid back with a commission, gore in an accident report, 绝对正品 and 史上最好吃,
// 威 + an id, a service held back until the citizen gives full marks, a complaint belittled as too
// small, the citizen's own number passed on, a meta refresh to an outside site and a visible
// paragraph advertising gambling — and the false alarm that stays quiet: a public fee paid through
// a listed channel (小程序、银行网点等渠道) is no forced interaction.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (title: string, head: string, body: string) =>
  `<html><head><meta charset="utf-8"><title>${title}-某某县人民政府</title>${head}</head><body><div class="header"><h1>某某县人民政府</h1></div><div class="article"><h2>${title}</h2><p>发布时间：2025-03-02 来源：县应急管理局</p>${body}</div></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '本决定经省人民代表大会常务委员会主席签署后公布施行', '人民代表大会常务委员会主席'],
  ['political', '学习贯彻十九届中央纪律委员会第六次全会精神', '纪律委员会'],
  ['political', '市纪律委员会通报了3起典型案例', '纪律委员会'],
  [
    'political',
    '坚持全面依法治国、全面深化改革、全面从严治党',
    '全面依法治国、全面深化改革、全面从严治党',
  ],
  [
    'political',
    '协调推进全面建成小康社会、全面依法治国、全面深化改革、全面从严治党',
    '全面建成小康社会、全面依法治国、全面深化改革',
  ],
  ['policy', '纳税人应于次月10日前办理上季度营业税纳税申报', '营业税'],
  ['policy', '请在月底前缴清营业税及附加', '营业税'],
  [
    'confidentiality',
    '书记办公会研究了人事事项，李某拟提名为镇长人选，待考察后另行上会。',
    '李某拟提名为镇长人选',
  ],
  [
    'confidentiality',
    '目前正在酝酿，王某某同志拟调任县住建局局长。',
    '王某某同志拟调任县住建局局长',
  ],
  ['legal', '宝妈在家兼职，垫资下单后立即返还本金和佣金', '垫资下单后立即返还本金和佣金'],
  ['legal', '一名乘客头颅被压扁，现场惨烈。交警提醒广大驾驶人注意安全', '头颅被压扁'],
  ['legal', '伤者肠子都流了出来，围观群众纷纷拍照', '肠子都流了出来'],
  ['advertising', '本店茶叶百分百正宗，欢迎品鉴', '百分百正宗'],
  ['advertising', '这批脐橙绝对好吃，甜过初恋', '绝对好吃'],
  ['advertising', '史上最划算的一次团购，错过再等一年', '史上最划算'],
  ['advertising', '新米上市，想要的威：ab20250', '威：ab20250'],
  [
    'coercion',
    '办事群众须知：不打五星好评的，大厅将不予出具证明材料',
    '不打五星好评的，大厅将不予出具证明材料',
  ],
  ['coercion', '请先给个满分评价后才能为您打印回执', '给个满分评价后才能为您打印回执'],
  ['opinion', '芝麻大的事也来投诉，物业不会处理吗', '芝麻大的事也来投诉'],
  ['opinion', '这么点事还好意思打市长热线？', '这么点事还好意思打'],
  ['privacy', '已把您的联系电话（刘先生，15873126655）提供给施工单位', '15873126655'],
];

// [gate, page, excerpt that must be reported]: read as HTML.
const PAGE_CATCHES: Array<[Gate, string, string]> = [
  [
    'hijack',
    page(
      '春季防火提示',
      '<meta content="0; URL=https://bet365kk.top/" http-equiv="Refresh">',
      '<p>严禁野外用火。</p>',
    ),
    'bet365kk.top',
  ],
  [
    'hijack',
    page(
      '春耕生产工作会召开',
      '',
      '<p>会议部署了春耕工作。</p><p>永利棋牌官网，百家乐、牛牛、炸金花，首充返利30%！</p><p>会议要求各乡镇抓好落实。</p>',
    ),
    '百家乐、牛牛、炸金花，首充返利30%',
  ],
  [
    'legal',
    page(
      '节日安全提示',
      '<meta name="description" content="皇冠娱乐城在线投注，首充即送58%">',
      '<p>提醒广大群众注意防溺水。</p>',
    ),
    '首充即送58%',
  ],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '县人大常委会主任主持会议，副主任在主席台就座'],
  ['political', '县足协纪律委员会对两名球员作出停赛处罚'],
  ['political', '全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党'],
  ['policy', '2016年5月1日起，营业税改征增值税试点全面推开'],
  ['policy', '前营业税时代的老票据已停止使用'],
  [
    'confidentiality',
    '经县委常委会研究，现将拟任人选予以任前公示：王某某，拟任县财政局局长。公示期为5个工作日。',
  ],
  ['confidentiality', '会议还研究了干部人事事项。'],
  ['legal', '工程款由施工方先行垫付，项目验收后返还'],
  ['legal', '行人被卷入车底，经抢救无效死亡，交警提醒注意安全'],
  ['legal', '货车压碎了路边护栏，所幸无人员伤亡'],
  ['advertising', '被称为史上最严的环保法已施行五年'],
  ['advertising', '要确保汛期绝对安全'],
  ['advertising', '树立权威：abc12345 是示例编号'],
  ['coercion', '办结后欢迎您对我们的服务给予评价，您的满意是我们的追求'],
  ['coercion', '对服务不满意的，可拨打12345反映，我们将不予推诿'],
  [
    'coercion',
    '城乡居民养老保险费可通过“楚税通”小程序、银行柜台等渠道缴纳，按时缴费确保待遇按月发放，具体标准以人社部门公布为准',
  ],
  [
    'coercion',
    '灵活就业人员可通过“赣服通”APP、税务大厅等渠道缴费，确保按时足额缴纳，缴费基数以省里公布为准',
  ],
  ['opinion', '群众的事无小事，这点小事也要认真办好'],
  ['opinion', '鸡毛蒜皮的小事也要件件落实'],
  ['privacy', '如有疑问请联系：咨询电话13907314528'],
  [
    'hijack',
    {
      html: page(
        '网站迁移公告',
        '<meta http-equiv="refresh" content="3;url=http://www.mouxian.gov.cn/">',
        '<p>本站已迁移至新地址。</p>',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '打击网络赌博专项行动',
        '',
        '<p>警方提醒：所谓“棋牌官网充值返利”都是诈骗，切勿下载来历不明的棋牌APP。</p>',
      ),
    },
  ],
];

describe('heldout-final24 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(PAGE_CATCHES)('%s reports in a page', (gate, html, excerpt) => {
    expect(reported(gate, { html }).some((e) => e.includes(excerpt) || excerpt.includes(e))).toBe(
      true,
    );
  });
});
