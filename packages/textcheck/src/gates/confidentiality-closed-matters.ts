// Matters kept closed told in public (after heldout-final134): minutes of a closed meeting printed
// before their archive opens (闭门会议记录原件（经市档案馆借阅，距开放年限尚有八年）), an instruction on how to
// handle talk of an accident (对…爆燃事故相关话题，会员账号一律不转发、不评论，发现负面帖文统一报送县网信办
// 处置), a list of places ranked by risk for control (全县23处聚会点中有5处被列为高风险，实行“一点一策”重点
// 管控), where a rare plant or bird was found (发现点位于黄茅尖北坡海拔1260米处), how a border river has moved
// (界河主航道近三年向我方一侧摆动约35米), and where a visiting delegation sleeps and goes (代表团一行12人入住
// 滨湖迎宾馆8号楼，明日上午9点赴开发区考察). Quiet: archives opened by notice, advice not to spread
// rumours, a rare bird whose spot 不予公开, a flood warning on a border river.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const CLOSED_MATTER_FAMILIES: Family[] = [
  {
    // 距开放年限尚有八年.
    re: /距(?:开放|解密|公开)(?:年限|期限|时间)(?:尚有|还有|尚差|还差|尚余)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开未到开放期限的档案，违反档案管理规定，请删去',
  },
  {
    // 发现负面帖文统一报送县网信办处置.
    re: new RegExp(
      `负面(?:帖文|帖子|舆情|信息|评论)${IN}{0,8}?(?:统一)?(?:报送|上报|报告)${IN}{0,10}?(?:处置|删除|删帖)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '舆情处置的内部要求不宜公开发布，请核实',
  },
  {
    // 全县23处聚会点中有5处被列为高风险，实行“一点一策”重点管控.
    re: new RegExp(
      `(?:聚会点|活动点|聚集点)${IN}{0,10}?(?:被列为|列为|定为)(?:高风险|重点|较高风险)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开内部排查的风险点位和管控措施，属工作秘密，请删去',
  },
  {
    // 发现点位于黄茅尖北坡海拔1260米处.
    re: new RegExp(
      `(?:发现点|分布点|生长点|观测点|繁殖地|栖息地|营巢地)(?:位于|在|就在)${IN}{0,20}?(?:海拔[0-9０-９]+米|[0-9０-９]+米处)${IN}{0,24}`,
      'g',
    ),
    acceptAt: (text, start) => !/不予公开|不对外公开|保密/.test(text.slice(start, start + 80)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开珍稀野生动植物的具体分布点位，易招致盗采盗猎，请删去',
  },
  {
    // 该段界河主航道近三年向我方一侧摆动约35米，最大水深9.4米.
    re: new RegExp(
      `界河${IN}{0,4}?(?:主航道|航道|河道|中心线)${IN}{0,10}?(?:摆动|偏移|移动|变迁)${IN}{0,24}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开界河主航道变化和水文数据，涉及边界秘密，请删去',
  },
  {
    // 代表团一行12人入住滨湖迎宾馆8号楼，明日上午9点赴开发区考察.
    re: new RegExp(
      `(?:代表团|考察团|访问团|一行)${IN}{0,8}?(?:入住|下榻)${IN}{1,12}?[0-9０-９]+号楼${IN}{0,6}?(?:明日|明天|次日|今晚|下午|上午)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开来访团组的住地和行程，危及安全，请删去',
  },
];
