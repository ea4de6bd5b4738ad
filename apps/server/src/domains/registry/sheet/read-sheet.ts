// Reads an uploaded CSV or XLSX into header-keyed rows with their sheet row numbers.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../kernel/errors.ts';
import { columnKey } from './template.ts';

export interface SheetRow {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  values: Record<string, string>;
}

export interface Sheet {
  /** Column keys found in the header, in order; unknown headers are kept as written. */
  columns: string[];
  rows: SheetRow[];
}

export type SheetFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): SheetFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new AppError(
    'unprocessable',
    'unsupported_format',
    `不支持的文件类型「${fileName}」，请使用 .csv 或 .xlsx`,
  );
}

export async function readSheet(data: Buffer, format: SheetFormat): Promise<Sheet> {
  const grid = format === 'csv' ? readCsv(data) : await readXlsx(data);
  const [header, ...body] = grid;
  if (!header || header.every((c) => !c.trim())) {
    throw new AppError('unprocessable', 'empty_sheet', '表格为空或缺少表头');
  }
  const columns = header.map((h) => columnKey(h) ?? h.trim());
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const values: Record<string, string> = {};
    columns.forEach((key, j) => (values[key] = (cells[j] ?? '').trim()));
    rows.push({ row: i + 2, values });
  });
  return { columns, rows };
}

function readCsv(data: Buffer): string[][] {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new AppError(
      'unprocessable',
      'malformed_csv',
      `CSV 格式错误：${(error as Error).message}`,
    );
  }
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('unprocessable', 'malformed_xlsx', '无法读取 XLSX 文件，请确认文件未损坏');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
  }
  return String(value);
}
