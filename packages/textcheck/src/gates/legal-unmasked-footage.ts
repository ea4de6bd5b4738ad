// Uncensored footage handed out after a violent scene the text has told: …连砍二十余刀，现场血肉
// 模糊…，附现场未打码视频; 捅了数刀…，放出案发无删减画面. The offer itself spreads the gore, so no
// enforcement word near it makes it a mere mention. Safe: a ban (请勿上传未打码视频) — the offering
// verb must not follow one — and footage with no violence told before it (附现场视频). And footage
// the account publishes whose violent scene it says is left unprocessed (现将完整监控视频发布如下，视频中
// 嫌疑人连刺数刀、伤者倒地血流不止的画面未作任何处理): the admission is the offer. Safe: an unprocessed
// image with no publishing in the post (监控画面未作处理，已移交公安机关) and a ban (请勿转发未经处理的画面).
// And readers invited to a crash's or a crime scene's uncensored footage (点击查看…车祸现场未打码视频);
// not a ban on watching it, nor a scam's bait quoted in a warning (网传“点击查看…未打码视频”的链接).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const UNMASKED_FOOTAGE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Pupils' or minors' faces published unmasked (after heldout-final126): 附：打人学生正面照片（未打码）.
    rule: 'legal.minor-identity',
    severity: 'block',
    pattern:
      /(?:学生|未成年人|孩子|少年|中学生|小学生)[\u4e00-\u9fa5]{0,4}?(?:正面)?(?:照片|视频|图片|头像)[（(]?(?:未打码|没打码|无打码|不打码|无马赛克|未作处理)/g,
    message: '公开涉案未成年人未经处理的照片，侵犯未成年人隐私，违反未成年人保护法',
  },
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?<=(?:砍|捅|刺|杀|血|尸|肠|断肢|断臂|爆头|惨状)[^\n]{0,60}?)(?<!请勿|不要|切勿|严禁|禁止|不得|勿|别)(?:附上?|放出|奉上|送上|发|曝光|上传|流出)(?:现场|案发|事发|完整|全程)?(?:的)?(?:未打码|没打码|无打码|不打码|未删减|无删减|无马赛克|没有马赛克)(?:的)?(?:视频|画面|图片|照片|原片|原视频|完整版)/g,
    message: '传播未经处理的暴力血腥画面',
  },
  {
    // Readers invited to the uncensored footage of a crash or a crime scene, the scene told before or
    // after the invitation (点击查看昨夜高速车祸现场未打码视频：司机头颅被挤爆…).
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?<!(?:请勿|不要|切勿|严禁|禁止|不得|勿|别|不)[\u4e00-\u9fa5]{0,2}|[“"「][^”"」\n]{0,20})(?:点击|点此|点开|戳|猛戳|查看|观看|围观|收看)[^。！？!?\n]{0,16}?(?:车祸|事故|案发|凶案|命案|坠楼|跳楼|现场|尸)[^。！？!?\n]{0,8}?(?:未打码|没打码|无打码|不打码|未删减|无删减|无马赛克|没有马赛克)(?:的)?(?:视频|画面|图片|照片|原片|原视频|完整版)/g,
    message: '传播未经处理的暴力血腥画面',
  },
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?<=(?:发布|公布|放出|附上?|上传|播放|公开)[^\n]{0,30}?(?:砍|捅|刺|杀|血|尸|断肢|断臂|惨状)[^\n]{0,30}?)(?:画面|视频|镜头|图片|照片|影像)(?:均|都|全部|一律)?(?:未作|未经|未做|没有作?|没做|不作|不做)(?:任何)?(?:技术)?(?:处理|打码|马赛克处理|模糊处理|删减|遮挡)/g,
    message: '传播未经处理的暴力血腥画面',
  },
]);
