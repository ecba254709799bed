import { Alert, Button, Card, DatePicker, Form, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { countWorkdays, type WorkdaysResult } from '../../api/calendar';
import { errorMessage } from '../../api/client';
import { quietLoading } from '../../components/quiet-loading';
import { requiredChoice } from '../../lib/form-rules';
import { weekdayOf } from '../../lib/time';

interface Values {
  from: Dayjs;
  count: number;
}

/**
 * 工作日计算: the end of an "N 个工作日" period (e.g. 公示期不少于5个工作日), counted by the server on the
 * official calendar, so the answer is the same one the workflow deadlines use.
 */
export function WorkdayCalculator() {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WorkdaysResult>();
  const [failure, setFailure] = useState<string>();

  const run = async ({ from, count }: Values) => {
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      setResult(await countWorkdays(from.format('YYYY-MM-DD'), count));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="工作日计算" size="small" data-testid="workday-calculator">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={run}
        initialValues={{ from: dayjs(), count: 5 }}
        name="workdays"
      >
        <Form.Item name="from" label="起始日期" rules={requiredChoice('起始日期')}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="count" label="工作日数" rules={[{ required: true, message: '请输入工作日数' }]}>
          <InputNumber min={1} max={365} precision={0} suffix="个工作日" style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={quietLoading(busy)} block>
          计算截止日期
        </Button>
      </Form>
      {result ? (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="workday-result"
          title={`截止日期：${result.end}（${weekdayOf(result.end)}）`}
          description={`自 ${result.from} 起 ${result.count} 个工作日`}
        />
      ) : null}
      {failure ? (
        <Alert style={{ marginTop: 12 }} type="error" showIcon title={failure} data-testid="workday-error" />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        起始日为工作日时计入当日，否则从其后第一个工作日起算；按国务院节假日安排（含调休上班日）计算。
      </Typography.Paragraph>
    </Card>
  );
}
