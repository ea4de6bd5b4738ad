// 地 written for 的 between an adjective and the thing it describes, where a verb of creating or
// gaining comes first and a noun of atmosphere, ground or result closes the phrase: 营造了良好地学习交流
// 氛围, 打下了坚实地基础, 取得了显著地成效, 形成了浓厚地读书氛围. 地 marks an adverb before a verb; before a
// noun phrase it should be 的. Read only with the verb (营造, 创造, 形成, 取得, 打下, 奠定 …) before the
// adjective and the head noun (氛围, 环境, 基础, 成效, 局面 …) within eight characters, and never where 地
// begins a word (良好地区, 重要地位, 有利地形, 坚实地基, 安全地带), so 认真地学习 or 营造良好地区营商环境
// stays quiet.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

const ATTRIBUTIVE_DI = guard(
  /(?:营造|创造|创设|形成|取得|打下|奠定|提供|构建|打造|获得|收到)了?(?:一个|一种|一片|更加|更为|十分|非常)?(?:良好|浓厚|浓郁|显著|坚实|优良|和谐|宽松|温馨|舒适|明显|突出|优异|扎实|稳定|积极|健康|安全|公平|清朗|浓烈|热烈|良性|丰硕|可喜|长足)地(?!区|方|带|段|域|块|貌|面|下|理|标|铁|产|质|形|势|位|道|球|图|址|税|震|基(?!础)|板|毯|砖|坪|窖|层|表|热|缘|盘|主|名|处|点|盘|中海)(?=[\u4e00-\u9fff]{0,8}?(?:氛围|环境|基础|成效|成绩|效果|局面|态势|风气|条件|平台|格局|势头|反响|秩序|生态))/g,
);

export function findAttributiveDi(text: string): GateFinding[] {
  if (!text.includes('地')) return [];
  return [...text.matchAll(ATTRIBUTIVE_DI)].map((m) => {
    const end = m.index + m[0].length;
    return {
      gate: 'text',
      rule: 'text.de-di-de',
      severity: 'warn',
      start: end - 1,
      end,
      message: '形容词修饰名词应用“的”；“地”用在修饰动词的状语后',
      suggestion: '的',
    };
  });
}
