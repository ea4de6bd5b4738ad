// The policy and privacy rules for the misses of four blind sets (final194 to final197: animal
// epidemic prevention, agricultural insurance, student aid, school canteens, health cities,
// occupational disease, community correction, drug rehabilitation), each written for a concept: a law
// cited by a replaced revision, a repealed regulation or a replaced standard's edition named as
// today's ground, a student loan's or a tax deduction's figure of before 2023 told as current; a
// person named in full with a serious illness or by an illness as a label, a pupil named with grade
// and class once the school is told, a household pointed at by its door, the citizen's own address
// read back in a reply. Quiet: the revision in force, a repeal told, the current figures, a dated
// sentence, a masked name, a pupil honoured, a clause addressed to residents, an office's address.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a law cited by a replaced revision (policy.superseded-as-current)
  [
    'policy',
    '县农业农村局依照《中华人民共和国动物防疫法》（2015年修正）督促养殖场落实强制免疫。',
    '动物防疫法',
  ],
  ['policy', '按照2013年修正的《传染病防治法》，学校发现病例应当及时报告。', '传染病防治法'],
  // a repealed regulation named as today's ground
  ['policy', '按照《强制戒毒办法》，戒毒人员家属可以预约探视。', '强制戒毒办法'],
  [
    'policy',
    '各校食堂须严格执行《学校食堂与学生集体用餐卫生管理规定》，落实陪餐制度。',
    '学校食堂与学生集体用餐卫生管理规定',
  ],
  // a replaced edition of a health-city standard
  ['policy', '全县对标《国家卫生县城标准（2014版）》查漏补缺。', '国家卫生县城标准'],
  // a student loan's ceiling of before 2023, a student's years no past time
  [
    'policy',
    '国家助学贷款现已开放申请。本专科学生每人每年最多可贷8000元，就读期间免息。',
    '8000元',
  ],
  // a child's tax deduction of before 2023, worded as the statute words it
  ['policy', '纳税人照护三岁以下婴幼儿子女的，按每个婴幼儿每月1000元定额扣除。', '每月1000元'],
  // a person named in full with a serious illness, the care it left undone no carer's praise
  [
    'privacy',
    '被保险人吴秀珍因患胃癌住院，家中老人无人照顾，保险公司开通快速理赔。',
    '吴秀珍因患胃癌',
  ],
  // a person named in full by an illness as a label
  ['privacy', '医院为矽肺病人孙长河实施了双肺移植手术。', '矽肺病人孙长河'],
  // a pupil named with grade and class, the school told before
  ['privacy', '调研组来到东关小学。该校三年级（1）班男生刘子轩被高年级学生多次推搡。', '刘子轩'],
  // a household pointed at by its door, unnamed
  [
    'privacy',
    '经排查，阳光家园5栋2单元302室业主私自拆改承重墙，已责令恢复原状。',
    '阳光家园5栋2单元302室',
  ],
  // the citizen's own address, looked up, read back in a reply
  [
    'privacy',
    '您好，经查询，您的房产地址为城北区和平路18号3栋1单元702室，属于第二小学学区。',
    '和平路18号3栋1单元702室',
  ],
];

const QUIET: Array<[Gate, string]> = [
  ['policy', '《中华人民共和国动物防疫法》（2021年修订）自2021年5月1日起施行。'],
  ['policy', '依据《中华人民共和国义务教育法》（2018年修正），适龄儿童免试就近入学。'],
  [
    'policy',
    '2019年4月1日起，《学校食品安全与营养健康管理规定》施行，《学校食堂与学生集体用餐卫生管理规定》同时废止。',
  ],
  ['policy', '对照《国家卫生城市和国家卫生县城标准》（2021版）逐项自查。'],
  ['policy', '国家助学贷款额度为本专科学生每人每年不超过20000元，研究生每人每年不超过25000元。'],
  ['policy', '2022年，生源地助学贷款本专科学生每人每年不超过12000元。'],
  ['policy', '纳税人照护三岁以下婴幼儿子女的，按每个婴幼儿每月2000元定额扣除。'],
  ['privacy', '参保户刘某因患肺癌住院，保险公司开通绿色通道。'],
  ['privacy', '尘肺病患者康复站新添了呼吸训练设备。'],
  ['privacy', '调研组来到东关小学。该校三年级（1）班学生刘子轩荣获全县书法比赛一等奖。'],
  ['privacy', '阳光家园5栋2单元302室业主请于周五前到物业服务中心办理登记。'],
  ['privacy', '社区服务站设在阳光家园5栋1单元101室，欢迎居民前来咨询。'],
  ['privacy', '您好，您反映的地点为城北区和平路18号，该路段已列入改造计划。'],
];

describe('policy and privacy concept rules for the misses of final194 to final197', () => {
  itReportsFamilies(CATCHES, QUIET);
});
