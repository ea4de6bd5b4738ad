// A body named with 国家 that is no state body is reported; the bodies that exist, former bodies,
// foreign ones and phrases that only end like a unit are not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker({ asOf: '2026-11-30', classifier: false });
const bodyNames = (text: string) =>
  checker
    .check({ text }, { gates: ['political'] })
    .findings.filter((f) => f.rule === 'political.body-name' && f.severity !== 'info')
    .map((f) => f.excerpt);

describe('unknown national bodies', () => {
  it.each([
    ['据国家气象总局消息，今年汛期降水偏多。', '国家气象总局'],
    ['国家铁路总局发布春运客流数据。', '国家铁路总局'],
    ['国家农业农村委员会近日印发通知。', '国家农业农村委员会'],
    ['国家水资源管理局将开展专项检查。', '国家水资源管理局'],
  ])('reports %s', (text, name) => {
    expect(bodyNames(text)).toEqual([name]);
  });

  it.each([
    '国家统计局长春调查队发布数据。',
    '国家卫健委、国家医保局联合发文。',
    '国家防总办公室启动防汛四级应急响应。',
    '美国国家海洋大气局预测今年厄尔尼诺将增强。',
    '服务国家发展大局，落实国家机构改革部署。',
    '国家主席习近平签署主席令。',
    '国家有关部委联合印发通知。',
    '国家级自然保护区管理局开展巡护。',
    '中国合格评定国家认可委员会公布名单。',
    '国家五部委联合发文。',
    '1993年，国家监察部与中央纪委合署办公。',
  ])('leaves %s', (text) => {
    expect(bodyNames(text)).toEqual([]);
  });
});
