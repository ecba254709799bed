import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { scheduleDefence } from '../../api/review';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { displayZone } from '../../lib/time';
import { useModalForm } from '../../lib/use-modal-form';
import type { SessionStepModalProps } from './session-step-modal-props';

interface Values {
  applicationId: string;
  at: Dayjs;
  place: string;
}

const fields = ['applicationId', 'at', 'place'] as const;

/** 安排答辩: when and where one applicant defends (on or before the meeting day); they are told by SMS. */
export function DefenceModal({ open, detail, onClose }: SessionStepModalProps) {
  const { form, message, frame, submit } = useModalForm<Values>(
    open,
    fields,
    (opened) => opened.setFieldsValue({ place: detail.place }),
    [detail.place],
  );

  const save = () =>
    submit(async (values) => {
      // The time picked is Beijing time whatever the browser's zone; it goes out with its offset.
      const at = dayjs.tz(values.at.format('YYYY-MM-DD HH:mm'), displayZone).format();
      await scheduleDefence(detail.id, {
        applicationId: values.applicationId,
        at,
        place: values.place.trim(),
      });
      const item = detail.agenda.find((a) => a.applicationId === values.applicationId);
      message.success(`已安排 ${item?.code ?? ''} ${item?.personName ?? ''} 的答辩，并通知申报人`);
      onClose(true);
    });

  return (
    <FormModal {...frame} title="安排答辩" okText="安排答辩" onOk={save} onCancel={() => onClose(false)}>
      <Form<Values> form={form} layout="vertical" name="defence">
        <Form.Item name="applicationId" label="申报人" rules={requiredChoice('申报人')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={detail.agenda.map((a) => ({
              value: a.applicationId,
              label: `${a.code} ${a.personName}（${a.title}）${a.defenceAt ? ' · 已安排' : ''}`,
            }))}
            placeholder="选择议程中的申报"
          />
        </Form.Item>
        <Form.Item
          name="at"
          label="答辩时间（北京时间）"
          extra={`须在会议日期（${detail.heldOn}）当天或之前`}
          rules={requiredChoice('答辩时间')}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="答辩地点" rules={requiredText('答辩地点', 2)}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
