// Coercion combinations as sentences: an imposed action plus a compulsion marker, a ranking, a
// collected screenshot or a withheld service; the finding runs to the end of the clause.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker();
const reported = (text: string): Array<[string, string]> =>
  checker
    .check({ text }, { gates: ['coercion'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt]);

describe('coercion families', () => {
  it.each([
    [
      '各村要组织辖区群众安装“国家反诈中心”APP，安装率每周排名并在全镇通报。',
      'coercion.forced-interaction',
      '组织辖区群众安装“国家反诈中心”APP，安装率每周排名并在全镇通报',
    ],
    [
      '请班主任督促家长转发本条推文，收集截图统一上报，作为评先评优的重要依据。',
      'coercion.forced-interaction',
      '督促家长转发本条推文，收集截图统一上报，作为评先评优的重要依据',
    ],
    ['请将转发截图统一上报办公室。', 'coercion.screenshot-collected', '转发截图统一上报办公室'],
    ['各社区注册数量在全街道排名。', 'coercion.interaction-ranked', '各社区注册数量在全街道排名'],
    [
      '居民须完成注册，没有注册的住户暂停办理居住证明。',
      'coercion.withheld-service',
      '没有注册的住户暂停办理居住证明',
    ],
    [
      '全体职工每天必须打卡，打卡情况纳入年度考核，连续三天未打卡的不得评优。',
      'coercion.forced-interaction',
      '全体职工每天必须打卡，打卡情况纳入年度考核，连续三天未打卡的不得评优',
    ],
    [
      '对未完成APP激活的职工暂停发放奖金。',
      'coercion.unfinished-task',
      '未完成APP激活的职工暂停发放奖金',
    ],
    [
      '请全体教职工务必于今天下班前下载并注册“智慧校园”APP。',
      'coercion.demanded-of-group',
      '职工务必于今天下班前下载并注册“智慧校园”APP',
    ],
  ])('%s → %s', (text, rule, excerpt) => {
    expect(reported(text)).toContainEqual([rule, excerpt]);
  });

  it.each([
    '各村要广泛宣传“国家反诈中心”APP，引导群众自愿安装。',
    '我局不得强制要求群众下载APP，不将下载量作为考核指标。',
    '请市民务必关注天气预报，大风可能影响出行。',
    '经营场所必须安装烟感报警器，否则将依法处以罚款。',
    '考生必须在规定时间内完成网上注册报名，否则视为放弃。',
    '共有100个家庭下载了APP，下载后可查看考核结果。',
    '请已报名的考生务必于12月5日前登录报名系统下载打印准考证。',
    '【反诈提醒】请广大群众务必下载安装国家反诈中心APP。',
  ])('stays quiet: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
