// Pattern rules: each validator accepts real-looking values and rejects near misses.
import { describe, expect, it } from 'vitest';
import { findBankCards, passesLuhn } from './bank-card.ts';
import { findDocNumbers } from './doc-number.ts';
import { findEmails } from './email.ts';
import { findIdNumbers, isValidIdNumber } from './id-number.ts';
import { findMobileNumbers } from './mobile.ts';
import { findUrls } from './url.ts';

describe('resident ID numbers', () => {
  it('accepts a number whose check character is right', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
  it('rejects the same number with a wrong check character', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });
  it('rejects an impossible birth date', () => {
    expect(isValidIdNumber('110105194902300021')).toBe(false);
  });
  it('finds a well-formed number with a wrong check character and says so', () => {
    expect(findIdNumbers('证号110105194912310021').map((h) => h.checksumValid)).toEqual([false]);
  });
  it('finds a number written with full-width digits inside Chinese text', () => {
    const text = '身份证号１１０１０５１９４９１２３１００２Ｘ，请核对';
    const [hit] = findIdNumbers(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('１１０１０５１９４９１２３１００２Ｘ');
  });
});

describe('mobile numbers', () => {
  it('finds a spaced number and reports its whole span', () => {
    const text = '电话138 1234 5678。';
    expect(findMobileNumbers(text).map((h) => text.slice(h.start, h.end))).toEqual([
      '138 1234 5678',
    ]);
  });
  it('ignores a masked number', () => {
    expect(findMobileNumbers('尾号138****5678的用户')).toEqual([]);
  });
  it('ignores digits that are part of a longer number', () => {
    expect(findMobileNumbers('订单号2013812345678901')).toEqual([]);
  });
});

describe('bank cards', () => {
  it('applies the Luhn check', () => {
    expect(passesLuhn('6222020200112345675')).toBe(false);
    expect(passesLuhn('4111111111111111')).toBe(true);
  });
  it('finds a grouped card number and tells that it passes Luhn', () => {
    const [hit] = findBankCards('卡号 4111 1111 1111 1111 户名');
    expect([hit?.value, hit?.luhnValid]).toEqual(['4111111111111111', true]);
  });
  it('ignores a number without an issuer prefix', () => {
    expect(findBankCards('编号1111111111111111')).toEqual([]);
  });
});

describe('e-mail and URLs', () => {
  it('finds an e-mail address', () => {
    expect(findEmails('投稿邮箱：news@wuhan.gov.cn。').map((h) => h.value)).toEqual([
      'news@wuhan.gov.cn',
    ]);
  });
  it('classifies the registrable domain of a URL', () => {
    const [hit] = findUrls('详见https://item.taobao.com/item.htm?id=1 链接');
    expect(hit?.domain).toBe('taobao.com');
  });
  it('finds a bare domain but not a decimal number', () => {
    expect(findUrls('访问www.gov.cn，增长3.5%').map((h) => h.hostname)).toEqual(['www.gov.cn']);
  });
  it('reads an address written in full-width characters, up to full-width punctuation', () => {
    const text = '请访问：ｗｗｗ．８８８ｂｅｔ．ｃｏｍ（秒提现）';
    const [hit] = findUrls(text);
    expect(hit?.hostname).toBe('www.888bet.com');
    expect(text.slice(hit!.start, hit!.end)).toBe('ｗｗｗ．８８８ｂｅｔ．ｃｏｍ');
    expect(hit?.value).toBe('ｗｗｗ．８８８ｂｅｔ．ｃｏｍ');
  });
});

describe('mobile numbers in full-width digits', () => {
  it('reads them like ASCII ones', () => {
    expect(findMobileNumbers('手机１８６７３１２５５９０').map((h) => h.value)).toEqual([
      '18673125590',
    ]);
  });
});

describe('document numbers', () => {
  it('accepts the standard form', () => {
    expect(findDocNumbers('国办发〔2018〕123号')[0]?.corrected).toBeUndefined();
  });
  it('corrects square brackets to the hexagonal ones', () => {
    expect(findDocNumbers('根据国办发[2018]123号文件')[0]?.corrected).toBe('〔2018〕123号');
  });
  it('drops the ordinal 第 and expands a two-digit year', () => {
    expect(findDocNumbers('鄂政发（18）第5号')[0]?.corrected).toBe('〔2018〕5号');
  });
  it('marks a classified issuer abbreviation', () => {
    expect(findDocNumbers('市委密〔2020〕3号')[0]?.classified).toBe(true);
  });
  it('reads 年第 and a dash after an issuer abbreviation as the year bracket', () => {
    expect(findDocNumbers('湘政办发2023年第21号文件')[0]?.corrected).toBe('〔2023〕21号');
    expect(findDocNumbers('按照区政发2024-15号文件')[0]?.corrected).toBe('〔2024〕15号');
  });
  it('leaves an announcement numbered by year alone', () => {
    expect(findDocNumbers('国家税务总局公告2023年第3号')).toEqual([]);
    expect(findDocNumbers('住房和城乡建设部公告2024年第15号')).toEqual([]);
    expect(findDocNumbers('县市场监管局2023年第5号公告')).toEqual([]);
  });
});
