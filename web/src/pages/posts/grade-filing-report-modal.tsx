import { DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type GradeFiling, reportGradeFiling } from '../../api/posts';
import { FormModal } from '../../components/form-modal';
import { requiredChoice } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  evaluatedOn: Dayjs;
  note?: string;
  results: { personId: string; passed: boolean; result?: string }[];
}

interface Props {
  filing: GradeFiling | null;
  onClose: (changed: boolean) => void;
  /** A refusal (422, more passed than the vacancy) is shown in the drawer with its clause. */
  onRefused: (error: unknown) => boolean;
}

/**
 * 评后报告: the day of the evaluation and, for every candidate of 评前沟通, whether they passed and
 * the votes or score; no more may pass than the grade has vacant posts.
 */
export function GradeFilingReportModal({ filing, onClose, onRefused }: Props) {
  const { form, frame, submit, message } = useModalForm<Values>(filing, 'paths', (f) =>
    f.setFieldsValue({
      evaluatedOn: dayjs(),
      results: (filing?.candidates ?? []).map((c) => ({ personId: c.personId, passed: true })),
    }),
  );
  const send = () =>
    submit(async (values) => {
      if (!filing) return;
      try {
        await reportGradeFiling(filing.id, {
          evaluatedOn: values.evaluatedOn.format('YYYY-MM-DD'),
          note: values.note?.trim() || null,
          results: values.results.map((r) => ({
            personId: r.personId,
            passed: r.passed,
            result: r.result?.trim() || null,
          })),
        });
      } catch (error) {
        if (onRefused(error)) return onClose(false);
        throw error;
      }
      message.success('已报送评后报告，待省人社厅备案核准');
      onClose(true);
    });

  return (
    <FormModal
      {...frame}
      title={`评后报告：${filing?.targetGradeName ?? ''}岗位评定`}
      okText="报送"
      width={640}
      onOk={send}
      onCancel={() => onClose(false)}
    >
      <Form form={form} layout="vertical" name="grade-filing-report">
        <Form.Item name="evaluatedOn" label="评定日期" rules={requiredChoice('评定日期')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.List name="results">
          {(fields) =>
            fields.map((field, index) => (
              <Flex key={field.key} gap={8} wrap align="center" style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'personId']} hidden>
                  <Input />
                </Form.Item>
                <Typography.Text strong style={{ minWidth: 96 }}>
                  {filing?.candidates[index]?.name}
                </Typography.Text>
                <Form.Item name={[field.name, 'passed']} noStyle>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: true, label: '通过' },
                      { value: false, label: '未通过' },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'result']} noStyle rules={[{ max: 100, message: '最多100字' }]}>
                  <Input placeholder="票数或得分，如 同意7票" style={{ flex: '1 1 180px' }} maxLength={100} />
                </Form.Item>
              </Flex>
            ))
          }
        </Form.List>
        <Form.Item name="note" label="评定情况说明" rules={[{ max: 1000, message: '最多1000字' }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder="评审委员会组成、出席人数、表决方式等" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
