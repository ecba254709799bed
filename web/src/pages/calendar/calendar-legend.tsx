import { Flex } from 'antd';
import { dayColours } from './day-status';

function Swatch({
  colour,
  background,
  mark,
  text,
}: {
  colour: string;
  background: string;
  mark?: string;
  text: string;
}) {
  return (
    <Flex align="center" gap={6}>
      <span
        style={{
          width: 20,
          height: 20,
          borderRadius: 3,
          background: mark ? colour : background,
          color: '#fff',
          fontSize: 12,
          display: 'grid',
          placeItems: 'center',
          border: mark ? undefined : '1px solid #d9d9d9',
        }}
      >
        {mark}
      </span>
      <span>{text}</span>
    </Flex>
  );
}

/** What the cell colours mean. */
export function CalendarLegend() {
  return (
    <Flex gap={16} wrap>
      <Swatch
        colour={dayColours.holiday.accent}
        background={dayColours.holiday.background}
        mark="休"
        text="法定节假日"
      />
      <Swatch
        colour={dayColours.workday.accent}
        background={dayColours.workday.background}
        mark="班"
        text="调休上班日"
      />
      <Swatch colour={dayColours.weekend.accent} background={dayColours.weekend.background} text="周末休息" />
      <Swatch colour="#000" background="#fff" text="工作日" />
    </Flex>
  );
}
