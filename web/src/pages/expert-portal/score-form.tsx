import { Alert, App, Button, Form, InputNumber } from 'antd';
import { useEffect } from 'react';
import { type BlindItem, submitScore } from '../../api/expert-portal';
import { CountedTextArea } from '../../components/counted-text-area';
import { quietLoading } from '../../components/quiet-loading';
import { requiredNumber, requiredText } from '../../lib/form-rules';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  score: number;
  comment: string;
}

const fields = ['score', 'comment'] as const;

interface Props {
  sessionId: string;
  item: BlindItem;
  onSaved: () => void;
}

/** 初审评分: a score of 0–100 with the review comment; may be revised until voting opens. */
export function ScoreForm({ sessionId, item, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, submit } = useFormSubmit(form, fields);

  useEffect(() => {
    if (item.myScore) form.setFieldsValue(item.myScore);
  }, [item.myScore, form]);

  const save = () =>
    submit(async (values) => {
      await submitScore(sessionId, item.code, { score: values.score, comment: values.comment.trim() });
      message.success(`${item.code} 已评分：${values.score} 分`);
      onSaved();
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name={`score-${item.code}`}
      onFinish={save}
      data-testid="score-form"
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form.Item
        name="score"
        label="评分（0–100）"
        rules={requiredNumber('评分')}
        style={{ marginBottom: 12 }}
      >
        <InputNumber
          min={0}
          max={100}
          precision={0}
          inputMode="numeric"
          style={{ width: '100%' }}
          size="large"
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label="评审意见"
        rules={requiredText('评审意见', 2)}
        // Room for the character count under the box.
        style={{ marginBottom: 28 }}
      >
        <CountedTextArea rows={3} maxLength={2000} placeholder="对业绩、能力和水平的评价" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={quietLoading(saving)}>
        {item.myScore ? '修改评分' : '提交评分'}
      </Button>
    </Form>
  );
}
