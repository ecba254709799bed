import { PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { declareCalendarYear } from '../../api/calendar';
import { quietLoading } from '../../components/quiet-loading';
import { useAction } from '../../lib/use-action';

interface Props {
  /** Years already entered; the suggestion is the one after the latest. */
  years: number[];
  onDeclared: (year: number) => void;
}

/**
 * 新增年度: the State Council publishes next year's schedule each autumn; the administrator declares the
 * year here and then enters its holidays and make-up days on the calendar.
 */
export function DeclareYearButton({ years, onDeclared }: Props) {
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const { busy, run, message } = useAction();
  const suggested = (years.length ? Math.max(...years) : new Date().getFullYear()) + 1;

  const declare = () =>
    run(async () => {
      const chosen = year ?? suggested;
      await declareCalendarYear(chosen);
      message.success(`已新增 ${chosen} 年度，请按国务院通知录入节假日和调休上班日`);
      setOpen(false);
      onDeclared(chosen);
    });

  return (
    <>
      <Button
        icon={<PlusOutlined />}
        onClick={() => {
          setYear(suggested);
          setOpen(true);
        }}
      >
        新增年度
      </Button>
      <Modal
        open={open}
        title="新增年度"
        okText="新增"
        onOk={declare}
        okButtonProps={{ loading: quietLoading(busy) }}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          新增后，该年度默认周一至周五上班、周末休息，请在日历上逐日录入法定节假日和调休上班日。
        </Typography.Paragraph>
        <InputNumber
          value={year}
          onChange={setYear}
          min={2000}
          max={2100}
          precision={0}
          suffix="年"
          style={{ width: 160 }}
          aria-label="年度"
        />
      </Modal>
    </>
  );
}
