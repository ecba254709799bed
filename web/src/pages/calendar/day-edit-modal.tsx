import { Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { resetCalendarDay, setCalendarDay } from '../../api/calendar';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredName } from '../../lib/form-rules';
import { weekdayOf } from '../../lib/time';
import { useModalForm } from '../../lib/use-modal-form';
import type { DayStatus } from './day-status';

type Choice = 'holiday' | 'workday' | 'default';

interface Values {
  kind: Choice;
  name: string;
}

const fields = ['kind', 'name'] as const;

interface Props {
  /** The date being edited and what it is now; `null` when closed. */
  day: { date: Dayjs; status: DayStatus } | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Sets one date to 节假日 or 调休上班日, or back to the plain weekday/weekend rule. */
export function DayEditModal({ day, onClose, onSaved }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(day, fields, (opened) => {
    const status = day?.status;
    opened.setFieldsValue(
      status?.exception ? { kind: status.kind, name: status.name } : { kind: 'default', name: '' },
    );
  });
  const choice = Form.useWatch('kind', form);
  const date = day?.date.format('YYYY-MM-DD') ?? '';

  const save = () => {
    if (!day) return;
    return submit(async (values) => {
      if (values.kind === 'default') {
        if (day.status.exception) await resetCalendarDay(date);
        message.success(`${date} 已恢复默认`);
      } else {
        await setCalendarDay(date, { kind: values.kind, name: values.name.trim() });
        message.success(`${date} 已设为${values.kind === 'holiday' ? '节假日' : '调休上班日'}`);
      }
      onSaved();
    });
  };

  const weekend = day ? [0, 6].includes(day.date.day()) : false;
  return (
    <FormModal
      {...frame}
      title={`设置日期：${date} ${date ? weekdayOf(date) : ''}`}
      okText="保存"
      width={440}
      onOk={save}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        默认：周一至周五上班，周六、周日休息（该日默认为{weekend ? '休息日' : '工作日'}
        ）。只需录入与默认不同的日期。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="calendar-day">
        <Form.Item name="kind" label="类型" rules={requiredChoice('类型')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: '节假日' },
              { value: 'workday', label: '调休上班日' },
              { value: 'default', label: '恢复默认' },
            ]}
          />
        </Form.Item>
        {choice && choice !== 'default' ? (
          <Form.Item
            name="name"
            label="名称"
            rules={requiredName('名称', 20, '请输入名称，如“国庆节”或“国庆节调休”')}
          >
            <Input placeholder={choice === 'holiday' ? '如：国庆节' : '如：国庆节调休'} autoComplete="off" />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
