import { Form, Input, Typography } from 'antd';
import { announceResults } from '../../api/review';
import { FormModal } from '../../components/form-modal';
import { requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';
import type { SessionStepModalProps } from './session-step-modal-props';

interface Values {
  announcementNumber: string;
}

const fields = ['announcementNumber'] as const;

/** 发文公布: the announcement number that confers the titles of every filed application. */
export function AnnounceModal({ open, detail, onClose }: SessionStepModalProps) {
  const { form, message, frame, submit } = useModalForm<Values>(open, fields);

  const save = () =>
    submit(async (values) => {
      const answer = await announceResults(detail.id, values.announcementNumber.trim());
      message.success(`已发文公布（${answer.announcementNumber}），授予职称 ${answer.conferred} 人`);
      onClose(true);
    });

  return (
    <FormModal {...frame} title="发文公布" okText="发文公布" onOk={save} onCancel={() => onClose(false)}>
      <Typography.Paragraph type="secondary">
        发文后，已备案的评审通过人员取得相应职称，可生成电子证书。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="announcement">
        <Form.Item name="announcementNumber" label="发文文号" rules={requiredText('发文文号', 4)}>
          <Input maxLength={60} placeholder="如：辽人社〔2026〕88号" autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
