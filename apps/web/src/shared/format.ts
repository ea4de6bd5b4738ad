// Date and time display in the console's zh-CN style.
import dayjs from 'dayjs';

export const formatTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
export const formatDay = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
