import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Attachment } from '../../api/attachments';
import { errorMessage } from '../../api/client';
import type { RequestState } from '../../lib/use-request';
import { attachmentColumns } from '../materials/attachment-columns';

interface Props {
  materials: RequestState<Attachment[]>;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** 申报材料: choose which of the uploaded files go with this application. */
export function MaterialsStep({ materials, selected, onChange }: Props) {
  const { data, error, loading, reload } = materials;
  return (
    <Flex vertical gap={12} data-testid="materials-step">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          勾选随本次申报报送的材料（已选 {selected.length} 份）。材料须先在
          <Link to="/my/materials" target="_blank">
            我的申报材料
          </Link>
          上传，上传后点击“刷新”。
        </Typography.Text>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading && Boolean(data)}>
          刷新
        </Button>
      </Flex>
      {error ? <Alert type="error" showIcon title={`材料列表加载失败：${errorMessage(error)}`} /> : null}
      <Table<Attachment>
        rowKey="id"
        size="small"
        dataSource={data}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 720, y: 420 }}
        locale={{ emptyText: '尚未上传申报材料，请先到“我的申报材料”上传' }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onChange(keys.map(String)) }}
        columns={attachmentColumns<Attachment>({ digest: false })}
      />
    </Flex>
  );
}
