// The confidentiality gate's document numbers: a number of a classified or internal series (密字,
// 内部明电), and one of another series named right after an internal telegram, a party committee's
// minutes or a sign-off report — not a published telegram cited under its full title.
import { findDocNumbers } from '../rules/patterns/doc-number.ts';
import type { GateFinding } from './gate-context.ts';

/**
 * A telegram named right before a document number, with its urgency (特急明传电报（, 明电：), or a
 * title that calls the document a telegram (《关于做好春运客运组织工作的电报》（济铁客电〔2024〕356号）).
 */
const TELEGRAM_BEFORE =
  /(?:特急|加急|特提|急件)?(?:明传电报|明电|密电|电报)[》」”]?\s*[（(：:，,]?\s*$/;
/**
 * The minutes of a party committee's or a party group's meeting named right before its number
 * (《市委常委会会议纪要》（常纪〔2024〕11号）, 局党组会议纪要（党组纪〔2024〕8号）): such minutes are
 * internal, and so is their number. A government executive meeting's minutes (政府常务会议纪要) are
 * often published and are not matched.
 */
const MINUTES_BEFORE =
  /(?:委常委会|常委会|常委|党组|党委|党工委|党组会|党委会)(?:会议)?纪要[》」”]?\s*[（(：:，,]?\s*$/;
/**
 * An internal sign-off report named right before its number, or a number of the sign-off series
 * (局内部签报（审办签〔2024〕45号）, 《关于开展专项检查的签报》（财办签〔2024〕12号）, 呈批件（市监呈〔2024〕3号）):
 * a 签报 or 呈批件 goes from a department to its head and never out. A request answered in a published
 * reply (你局《关于…的请示》（某政〔2024〕5号）收悉) is not one.
 */
const SIGNOFF_BEFORE = /(?:签报|呈批件|呈阅件|办文单|内部请示)[》」”]?\s*[（(：:，,]?\s*$/;
const SIGNOFF_SERIES = /签\s*[〔[【(（]/;
/**
 * A plain telegram cited in brackets right after its full published title, issuer included
 * (根据《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）): such a 明电 was released to
 * the public under that title (holiday arrangements, emergency notices), so its number is no internal
 * one. An internal 明电 is cited by its number alone, or marked 内部 (《关于…的通报》（市委办内部明电…）),
 * and a coded telegram (密电) never is.
 */
const PUBLISHED_TITLE_BEFORE =
  /《[^《》\n]{0,20}?(?:国务院|办公厅|办公室|人民政府|委员会|指挥部)[^《》\n]{0,8}?关于[^《》\n]{2,60}》\s*[（(]\s*$/;
const PLAIN_TELEGRAM_NUMBER = /^[^内密]{1,8}明电\s*[〔[【(（]/;

/** A document number reported, over [start, end). */
const numberFinding = (start: number, end: number, message: string): GateFinding => ({
  gate: 'confidentiality',
  rule: 'confidentiality.classified-document-number',
  severity: 'warn',
  start,
  end,
  message,
});

/** The findings of the document numbers in the text. */
export function docNumberFindings(text: string): GateFinding[] {
  const findings: GateFinding[] = [];
  for (const hit of findDocNumbers(text)) {
    if (
      hit.classified &&
      PLAIN_TELEGRAM_NUMBER.test(hit.value) &&
      PUBLISHED_TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start))
    )
      continue;
    if (!hit.classified) {
      // A telegram named and then numbered by another series (特急明传电报（省防电〔2024〕17号）):
      // the number is the internal telegram's, whatever its issuer's code.
      const before = text.slice(Math.max(0, hit.start - 14), hit.start);
      const telegramBefore = TELEGRAM_BEFORE.exec(before.slice(-12));
      // A titled telegram by a government office, published under its title (《国务院办公厅关于…的
      // 电报》), is no internal one.
      const telegram =
        telegramBefore &&
        /[》」”]/.test(telegramBefore[0]) &&
        PUBLISHED_TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start))
          ? null
          : telegramBefore;
      const minutes = MINUTES_BEFORE.test(before);
      const signoff =
        SIGNOFF_BEFORE.test(before) || SIGNOFF_SERIES.test(text.slice(hit.start, hit.end));
      if (signoff && !minutes)
        findings.push(
          numberFinding(
            hit.start,
            hit.end,
            '签报、呈批件属机关内部办文，其文号不宜公开引用，请核实能否公开',
          ),
        );
      else if (minutes)
        findings.push(
          numberFinding(
            hit.start,
            hit.end,
            '党委（党组）会议纪要属内部文件，其文号不宜公开引用，请核实能否公开',
          ),
        );
      else if (telegram)
        findings.push(
          numberFinding(
            hit.start - telegram[0].length,
            hit.end + (/[（(]\s*$/.test(telegram[0]) && /[）)]/.test(text[hit.end] ?? '') ? 1 : 0),
            '明传电报等内部电报及其文号不宜公开发布，请核实能否公开',
          ),
        );
      continue;
    }
    findings.push(numberFinding(hit.start, hit.end, '疑似涉密或内部文件文号，请核实能否公开'));
  }
  return findings;
}
