import { Alert, Flex, Form, type FormInstance, Input, Select } from 'antd';
import { fetchDispatchAgencies } from '../../api/applications';
import type { MyProfile } from '../../api/eligibility';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { levelNames } from '../../lib/labels';
import { pathwayOptions } from '../../lib/policy-labels';
import { useRequest } from '../../lib/use-request';
import { levelsOfSeries, seriesOptions } from '../self-check/self-check-values';
import type { TargetValues } from './apply-values';

/** 申报目标: the series, level and specialty applied for, and the pathway. */
export function TargetStep({
  form,
  profile,
}: {
  form: FormInstance<TargetValues>;
  profile: MyProfile | undefined;
}) {
  const series = Form.useWatch('series', form);
  const agencies = useRequest(() => fetchDispatchAgencies(), []);
  const levelOptions = levelsOfSeries(series).map((level) => ({ value: level, label: levelNames[level] }));
  return (
    <Form<TargetValues> form={form} layout="vertical" data-testid="target-form" style={{ maxWidth: 720 }}>
      {profile ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`申报人：${profile.name}${profile.organisation ? `（${profile.organisation}）` : ''}`}
          description="已按您最高的现有职称预填下一层级，可按实际申报调整。同一系列每年只能申报一次；能否同年申报其他系列，以所在地政策为准。"
        />
      ) : null}
      <Flex wrap gap="0 16px">
        <Form.Item name="series" label="申报系列" rules={requiredChoice('职称系列')} style={{ width: 240 }}>
          <Select
            options={seriesOptions}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(next: string) => {
              if (!levelsOfSeries(next).includes(form.getFieldValue('level')))
                form.setFieldValue('level', undefined);
            }}
          />
        </Form.Item>
        <Form.Item name="level" label="申报层级" rules={requiredChoice('层级')} style={{ width: 140 }}>
          <Select options={levelOptions} />
        </Form.Item>
        <Form.Item name="specialty" label="申报专业" rules={requiredText('申报专业')} style={{ width: 220 }}>
          <Input placeholder="如：通信工程" maxLength={50} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="pathway"
        label="申报途径"
        rules={requiredChoice('申报途径')}
        tooltip="破格、绿色通道等途径须符合相应条件，下一步将按所选途径核对"
        style={{ width: 240 }}
      >
        <Select options={pathwayOptions} />
      </Form.Item>
      <Form.Item
        name="dispatchAgencyId"
        label="劳务派遣单位（仅劳务派遣人员填写）"
        tooltip="劳务派遣人员由用工单位和派遣单位分别审核、公示，两个公示期结束时间不同的以较晚者为准"
        style={{ width: 360 }}
      >
        <Select
          allowClear
          placeholder="非劳务派遣人员无需选择"
          options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          loading={!agencies.data && !agencies.error}
        />
      </Form.Item>
    </Form>
  );
}
