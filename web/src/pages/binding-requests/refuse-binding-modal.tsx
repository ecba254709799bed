import { App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { refuseBinding, type UnitBinding } from '../../api/employment';
import { FormModal } from '../../components/form-modal';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  reason: string;
}

const fields = ['reason'] as const;

interface Props {
  /** The request to refuse; `null` keeps the modal closed. */
  binding: UnitBinding | null;
  onClose: (changed: boolean) => void;
}

/** 拒绝绑定: the reason is required, and the person reads it on 我的单位. */
export function RefuseBindingModal({ binding, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);

  useEffect(() => {
    if (!binding) return;
    reset();
    form.resetFields();
  }, [binding, form, reset]);

  const refuse = () =>
    submit(async (values) => {
      if (!binding) return;
      await refuseBinding(binding.id, values.reason.trim());
      message.success(`已拒绝 ${binding.person.name} 的绑定申请`);
      onClose(true);
    });

  return (
    <FormModal
      open={binding !== null}
      title={`拒绝绑定：${binding?.person.name ?? ''}`}
      okText="拒绝"
      danger
      saving={saving}
      problem={problem}
      onOk={refuse}
      onCancel={() => onClose(false)}
    >
      <Form<Values> form={form} layout="vertical" name="binding-refuse">
        <Form.Item
          name="reason"
          label="拒绝原因（申请人可见）"
          rules={[
            { required: true, whitespace: true, message: '请填写拒绝原因' },
            { min: 2, max: 200, message: '原因为2至200个字' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder="如：经核查，本单位无此人员的劳动合同"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
