// Header lookup for the import sheet whose columns the shared contracts define.
import { SHEET_COLUMNS } from '@govmedia/contracts';

export const COLUMNS = SHEET_COLUMNS;

const BY_HEADER = new Map<string, string>(
  COLUMNS.flatMap((c) => [
    [c.header, c.key],
    [c.key, c.key],
  ]),
);

/** The column key for a header cell (Chinese header or English key), or undefined. */
export const columnKey = (header: string) =>
  BY_HEADER.get(header.trim()) ?? BY_HEADER.get(header.trim().toLowerCase());

/** Operator cells that mean the unit runs the account itself. */
export const IN_HOUSE = new Set(['', '自行运维', '本单位', '自运维', 'in-house', 'in_house']);
