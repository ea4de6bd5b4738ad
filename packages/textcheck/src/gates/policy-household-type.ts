// The agricultural or non-agricultural household type set as a condition (申请公共租赁住房须…具有本市
// 非农业户口; 申请人须为本村农业户口; 报考条件：具有本县非农业户口): since the household registration
// reform of 2014-07-24 (国发〔2014〕25号) every household is registered as 居民户口, and no service may
// be conditioned on the old type. So may no benefit go to a group named by it (农业户口学生可免除全部
// 学费, 非农业户口家庭按…补助). Only a condition or a benefit counts: a citizen telling the type his household
// once had (本人以前是农业户口，2016年转为居民户口), the reform told (取消农业户口与非农业户口性质区分) and
// posts dated before it say nothing stale. Read with the policy tense rules (stale-statements.ts).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements } from './stale-statements.ts';

const CONDITION = guard(
  /(?:具有|具备|须为|须是|需为|必须是|必须为|应为|应当为|应是|限|仅限|要求为?)(?:本市|本县|本区|本省|本镇|本乡|本村|本地|当地|城镇|城市|农村|[\u4e00-\u9fff]{1,4}?(?:市|县|区|镇|乡|村))?(?:常住)?(?:非农业|农业)户口|(?:非农业|农业)户口(?:的)?(?:在校)?(?:学生|学员|家庭|子女|考生|幼儿|儿童|居民|人员|群众|劳动力|毕业生|职工|老人|老年人|申请人|患者|村民|残疾人|妇女|参保人|住户)(?=[^。；！？\n，,]{0,6}?(?:可|均可|能够|享受|免除|免收|免交|补助|补贴|申请|优先|给予|予以|纳入|按|需|须|应))/g,
);
const REFORM_TOLD = /居民户口|取消农业户口|统一登记|不再区分|户籍制度改革|性质区分/;

export function staleHouseholdTypes(text: string): GateFinding[] {
  if (!text.includes('农业户口')) return [];
  return staleStatements(text, {
    re: CONDITION,
    supersededOn: '2014-07-24',
    toldChanged: (t) => REFORM_TOLD.test(t),
    message:
      '2014年户籍制度改革已取消农业户口与非农业户口的性质区分，统一登记为居民户口，不应再以“农业/非农业户口”作为条件',
    suggestion: '居民户口',
  });
}
