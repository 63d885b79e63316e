import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { clock, type MatchmakingEvent, type Meeting, MINUTE_MS, multiDay, slotLabel } from './data';
import css from './MeetingGrid.module.css';

export const SLOT_MINUTES = 30;
const SLOT_MS = SLOT_MINUTES * MINUTE_MS;

interface Column {
  providerId: string;
  name: string;
}

/** Meetings of one provider that share slots, shown as one cell spanning rows [from, to). */
interface Block {
  from: number;
  to: number;
  meetings: Meeting[];
}

/** The event's 30-minute slots (from the slot holding its start to the one holding its end). */
export function eventSlots(event: { startsAt: string; endsAt: string }): number[] {
  const first = Math.floor(new Date(event.startsAt).getTime() / SLOT_MS) * SLOT_MS;
  const end = new Date(event.endsAt).getTime();
  const slots: number[] = [];
  for (let t = first; t < end && slots.length < 7 * 48; t += SLOT_MS) slots.push(t);
  return slots;
}

function blocksOf(meetings: Meeting[], first: number, rows: number): Block[] {
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const blocks: Block[] = [];
  for (const m of sorted) {
    const from = Math.max(0, Math.floor((new Date(m.startsAt).getTime() - first) / SLOT_MS));
    const to = Math.min(rows, Math.max(from + 1, Math.ceil((new Date(m.endsAt).getTime() - first) / SLOT_MS)));
    const last = blocks.at(-1);
    if (last && from < last.to) {
      last.to = Math.max(last.to, to);
      last.meetings.push(m);
    } else blocks.push({ from, to, meetings: [m] });
  }
  return blocks;
}

const statusClass = (m: Meeting) => (m.status === 'held' ? css.held : m.status === 'not_held' ? css.notHeld : '');

/**
 * 洽谈日程: the event's time in 30-minute rows by registered providers (columns); each meeting is a cell
 * with the enterprise's name spanning its slots. An empty cell schedules a meeting there (`onSlot`).
 */
export function MeetingGrid({
  event,
  onSlot,
  onMeeting,
}: {
  event: MatchmakingEvent;
  onSlot?: (providerId: string, startsAt: number) => void;
  onMeeting: (meeting: Meeting) => void;
}) {
  const meetings = event.meetings ?? [];
  const columns: Column[] = (event.registrations ?? [])
    .filter((r) => r.orgType === 'provider')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'))
    .map((r) => ({ providerId: r.orgId, name: r.name ?? '' }));
  for (const m of meetings)
    if (!columns.some((c) => c.providerId === m.providerId))
      columns.push({ providerId: m.providerId, name: m.providerName });
  if (!columns.length) return <Empty description="还没有服务机构报名：有机构报名后可在此安排洽谈" />;

  const slots = eventSlots(event);
  const withDay = multiDay(event);
  const blocks = new Map(
    columns.map((c) => [
      c.providerId,
      blocksOf(
        meetings.filter((m) => m.providerId === c.providerId),
        slots[0],
        slots.length,
      ),
    ]),
  );
  const cell = (column: Column, row: number): ReactNode => {
    const block = blocks.get(column.providerId)!.find((b) => b.from <= row && row < b.to);
    if (block && block.from !== row) return null; // covered by the cell above (rowSpan)
    if (block) {
      // Each meeting sits at its own minutes within the cell's slots (a 09:15 meeting starts a quarter down).
      const top = slots[block.from];
      const span = (block.to - block.from) * SLOT_MS;
      const share = (ms: number) => `${(ms / span) * 100}%`;
      return (
        <td key={column.providerId} rowSpan={block.to - block.from} className={css.cell}>
          {block.meetings.map((m) => {
            const start = new Date(m.startsAt).getTime();
            const end = new Date(m.endsAt).getTime();
            return (
              <button
                type="button"
                key={m.id}
                className={`${css.meeting} ${statusClass(m)}`}
                style={{ top: share(Math.max(0, start - top)), height: share(end - Math.max(start, top)) }}
                onClick={() => onMeeting(m)}
                aria-label={`洽谈：${m.enterpriseName} 与 ${m.providerName} ${clock(m.startsAt)}`}
                title={`${m.enterpriseName} ${clock(m.startsAt)}–${clock(m.endsAt)}`}
              >
                <span className={css.who}>{m.enterpriseName}</span>
                <span className={css.when}>
                  {clock(m.startsAt)}–{clock(m.endsAt)}
                  {m.status === 'held' ? ' · 已举行' : m.status === 'not_held' ? ' · 未举行' : ''}
                </span>
              </button>
            );
          })}
        </td>
      );
    }
    return (
      <td key={column.providerId} className={css.empty}>
        {onSlot ? (
          <button
            type="button"
            className={css.add}
            onClick={() => onSlot(column.providerId, slots[row])}
            aria-label={`安排洽谈：${column.name} ${slotLabel(slots[row], withDay)}`}
          >
            + 安排
          </button>
        ) : null}
      </td>
    );
  };
  return (
    <div className={css.scroller}>
      <table className={css.grid} style={{ minWidth: 96 + columns.length * 170 }}>
        <thead>
          <tr>
            <th className={css.timeHead}>时间</th>
            {columns.map((c) => (
              <th key={c.providerId} title={c.name}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((t, row) => (
            <tr key={t} className={new Date(t).getUTCMinutes() === 0 ? css.hour : undefined}>
              <th scope="row" className={css.time}>
                {slotLabel(t, withDay || row === 0)}
              </th>
              {columns.map((c) => cell(c, row))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
