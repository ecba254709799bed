import { App, Input, Modal, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { type ApplicationSummary, listApplications } from '../../api/applications';
import { addToAgenda } from '../../api/review';
import { ProblemAlert } from '../../components/problem-alert';
import { quietLoading } from '../../components/quiet-loading';
import { useRequest } from '../../lib/use-request';
import type { SessionStepModalProps } from './session-step-modal-props';

const columns: TableColumnsType<ApplicationSummary> = [
  { title: '申报编号', dataIndex: 'number', width: 160 },
  { title: '姓名', dataIndex: 'personName', width: 90 },
  { title: '工作单位', dataIndex: 'employerName', ellipsis: { showTitle: true } },
  { title: '申报资格', dataIndex: 'title', width: 200 },
  { title: '申报途径', dataIndex: 'pathwayName', width: 100 },
];

/**
 * 编排议程: the committee's accepted applications of the session's year, to put on the agenda.
 * Each gets an anonymous code in its specialty group and moves into review; the server names
 * every application it refuses (wrong year, no such group).
 */
export function AgendaModal({ open, detail, onClose }: SessionStepModalProps) {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const [keyword, setKeyword] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const candidates = useRequest(
    (signal) =>
      open
        ? listApplications({ state: ['accepted'], year: detail.year, page: 1, pageSize: 200 }, signal)
        : Promise.resolve(undefined),
    [open, detail.year],
  );

  useEffect(() => {
    if (!open) return;
    setChosen([]);
    setKeyword('');
    setProblem(undefined);
  }, [open]);

  const rows = useMemo(() => {
    const q = keyword.trim();
    return (candidates.data?.items ?? []).filter(
      (row) => !q || row.personName.includes(q) || row.number.includes(q) || row.employerName.includes(q),
    );
  }, [candidates.data, keyword]);

  const save = async () => {
    if (chosen.length === 0) {
      setProblem(new Error('请勾选要列入议程的申报'));
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const { added } = await addToAgenda(detail.id, chosen);
      message.success(`已将 ${added} 件申报列入议程`);
      onClose(true);
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  const total = candidates.data?.total ?? 0;
  return (
    <Modal
      open={open}
      title="编排议程"
      okText={chosen.length > 0 ? `列入议程（${chosen.length} 件）` : '列入议程'}
      okButtonProps={{ loading: quietLoading(saving) }}
      onOk={save}
      onCancel={() => onClose(false)}
      width={960}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        列出本评委会已受理的 {detail.year} 年度申报；列入后按专业组编排匿名编号，专家初审只见编号。
        {total > 200 ? `共 ${total} 件，一次最多显示 200 件，可分批列入。` : null}
      </Typography.Paragraph>
      <ProblemAlert error={problem ?? candidates.error} title="未能列入议程" style={{ marginBottom: 12 }} />
      <Input.Search
        allowClear
        placeholder="姓名 / 申报编号 / 单位"
        onSearch={setKeyword}
        style={{ width: 280, marginBottom: 12 }}
      />
      <Table<ApplicationSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={candidates.loading}
        rowSelection={{
          selectedRowKeys: chosen,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setChosen(keys.map(String)),
        }}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 800 }}
        locale={{ emptyText: '没有待列入议程的已受理申报' }}
        data-testid="agenda-candidates"
      />
    </Modal>
  );
}
