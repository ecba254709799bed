import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  AutoComplete,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { Committee } from '../../api/committees';
import { createSession, type Stratum } from '../../api/review';
import { FieldRow, RowField } from '../../components/field-row';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredNumber, requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  committeeId: string;
  name: string;
  heldOn: Dayjs;
  place: string;
  strata: Stratum[];
  throughTrain: boolean;
}

interface Props {
  open: boolean;
  /** The committees this office may hold a session for. */
  committees: Committee[];
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** A senior committee organised by specialty needs ≥11 members; a fresh row starts there. */
/** The two counts of a specialty group, drawn alike: members (at least one) and alternates. */
const stratumCounts = [
  { field: 'seats', label: '委员席位', what: '席位', min: 1, width: 110 },
  { field: 'alternates', label: '替补', what: '替补人数', min: 0, width: 100 },
] as const;

const newStratum = (group = ''): Stratum => ({ group, seats: 11, alternates: 2, greenChannel: false });

/**
 * 组织评审会议: the committee, date (by the end of November, within the year) and place, and the
 * panel by specialty group — members and alternates per group, the green channel's 3 senior
 * experts apart. A 民营企业直通车专场 may sit any day of the year and reviews only through-train
 * applications, so it has no green channel. The server's rules (committee size, dates,
 * validity) come back on the fields.
 */
export function SessionFormModal({ open, committees, onClose, onCreated }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(
    open,
    'paths',
    (opened) => {
      const only = committees.length === 1 ? committees[0] : undefined;
      if (only)
        opened.setFieldsValue({ committeeId: only.id, strata: [newStratum(only.specialties[0] ?? '')] });
    },
    [committees],
  );
  const committeeId = Form.useWatch('committeeId', form);
  const throughTrain = Form.useWatch('throughTrain', form) ?? false;
  const committee = committees.find((c) => c.id === committeeId);
  const groupOptions = useMemo(
    () => (committee?.specialties ?? []).map((specialty) => ({ value: specialty })),
    [committee],
  );

  const save = () =>
    submit(async (values) => {
      const { id } = await createSession({
        committeeId: values.committeeId,
        name: values.name.trim(),
        heldOn: values.heldOn.format('YYYY-MM-DD'),
        place: values.place.trim(),
        strata: values.strata.map((s) => ({
          group: s.group.trim(),
          seats: s.seats,
          alternates: s.alternates,
          ...(s.greenChannel ? { greenChannel: true } : {}),
        })),
        ...(values.throughTrain ? { throughTrain: true } : {}),
      });
      message.success(`已组织评审会议「${values.name.trim()}」`);
      onCreated(id);
    });

  return (
    <FormModal {...frame} title="组织评审会议" okText="组织会议" width={720} onOk={save} onCancel={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="review-session"
        initialValues={{ strata: [newStratum()], throughTrain: false }}
        data-testid="session-form"
      >
        <Form.Item name="committeeId" label="评委会" rules={requiredChoice('评委会')}>
          <Select
            options={committees.map((c) => ({ value: c.id, label: c.name }))}
            placeholder="选择本办事机构承办的评委会"
            notFoundContent="没有可组织会议的评委会"
            onChange={(id: string) => {
              const chosen = committees.find((c) => c.id === id);
              form.setFieldsValue({ strata: [newStratum(chosen?.specialties[0] ?? '')] });
            }}
          />
        </Form.Item>
        <Form.Item name="name" label="会议名称" rules={requiredText('会议名称', 2)}>
          <Input maxLength={100} placeholder="如：2026年度通信工程专业高级职称评审会" autoComplete="off" />
        </Form.Item>
        <FieldRow>
          <RowField
            name="heldOn"
            label="会议日期"
            extra={
              throughTrain
                ? '直通车专场可在当年任意一天举行，不得跨年度评审'
                : '须在当年11月30日前，不得跨年度评审'
            }
            rules={requiredChoice('会议日期')}
            width={220}
            fixed
          >
            <DatePicker style={{ width: '100%' }} placeholder="YYYY-MM-DD" />
          </RowField>
          <RowField name="place" label="会议地点" rules={requiredText('会议地点', 2)} width={300}>
            <Input maxLength={100} autoComplete="off" />
          </RowField>
        </FieldRow>
        <Form.Item
          name="throughTrain"
          label="民营企业直通车专场（随时申报、单独评价、一年多评）"
          valuePropName="checked"
          extra="专场只评审“直通车”申报，直通车申报也只能列入专场；不受11月底年度例会期限限制，一年可举行多场。"
        >
          <Switch
            checkedChildren="专场"
            unCheckedChildren="否"
            onChange={(checked) => {
              // A through-train session has no green channel: clear the rows' choice rather than let the server refuse it.
              if (checked)
                form.setFieldsValue({
                  strata: (form.getFieldValue('strata') as Stratum[]).map((s) => ({
                    ...s,
                    greenChannel: false,
                  })),
                });
            }}
          />
        </Form.Item>
        <Typography.Text strong>专业组与席位</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {throughTrain
            ? '每个专业组按席位抽取委员并抽取替补；直通车专场单独评价，不设绿色通道。'
            : '每个专业组按席位抽取委员并抽取替补；绿色通道须单设3名正高级专家，只评议绿色通道申报。'}
        </Typography.Paragraph>
        <Form.List name="strata">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <Flex key={row.key} gap={8} align="flex-start" wrap data-testid="stratum-row">
                  <RowField
                    name={[row.name, 'group']}
                    label={index === 0 ? '专业组' : undefined}
                    rules={requiredText('专业组')}
                    width={200}
                  >
                    <AutoComplete options={groupOptions} placeholder="如：通信工程" />
                  </RowField>
                  {stratumCounts.map(({ field, label, what, min, width }) => (
                    <RowField
                      key={field}
                      name={[row.name, field]}
                      label={index === 0 ? label : undefined}
                      rules={requiredNumber(what)}
                      width={width}
                      fixed
                    >
                      <InputNumber min={min} max={99} precision={0} style={{ width: '100%' }} />
                    </RowField>
                  ))}
                  <RowField
                    name={[row.name, 'greenChannel']}
                    label={index === 0 ? '绿色通道' : undefined}
                    valuePropName="checked"
                    width={90}
                    fixed
                  >
                    <Checkbox aria-label={`第${index + 1}个专业组为绿色通道`} disabled={throughTrain}>
                      是
                    </Checkbox>
                  </RowField>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第${index + 1}个专业组`}
                    disabled={rows.length === 1}
                    onClick={() => remove(row.name)}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newStratum())} block>
                添加专业组
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
