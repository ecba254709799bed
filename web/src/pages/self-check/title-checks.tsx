import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { createContext, useContext } from 'react';
import { TITLE_RECORD_SOURCE_NAMES } from '../../../../src/domain/profile/title-check-label';
import type { TitleEvidence, TitleRecord } from '../../../../src/domain/profile/title-records';
import { type TitleVerification, verifyTitles } from '../../../../src/domain/profile/title-verification';
import { TitleCheckTag, titleWithSeries } from '../../components/title-check-tag';
import { A } from './fields';
import type { SelfCheckValues, TitleValues } from './self-check-values';

/**
 * The titles the system holds records of for the logged-in professional, once their profile is loaded;
 * null before that (and for anyone checking anonymously), when no title carries a tag.
 */
export const TitleEvidenceContext = createContext<TitleEvidence | null>(null);

/**
 * The titles in the form checked against the records as they stand now: a verified title whose date is
 * changed shows 本人申报 at once, before anything is saved — the server checks the saved titles the same way.
 */
function useTitleVerification(): TitleVerification | null {
  const evidence = useContext(TitleEvidenceContext);
  const form = Form.useFormInstance<SelfCheckValues>();
  const titles = (Form.useWatch([A, 'titles'], form) ?? []) as TitleValues[];
  if (!evidence) return null;
  return verifyTitles(
    titles.map((t) => ({
      series: t?.series ?? '',
      level: t?.level ?? 'intermediate',
      // An unfilled date matches no record.
      obtainedOn: t?.obtainedOn ? t.obtainedOn.format('YYYY-MM-DD') : '',
      via: t?.via ?? 'review',
    })),
    evidence,
  );
}

/**
 * The tag of one title row: 已核验（…） or 本人申报; for a declared title whose series and level a record
 * holds with another date, that date — most often the one the person meant.
 */
export function TitleRowCheck({ row }: { row: number }) {
  const verification = useTitleVerification();
  const form = Form.useFormInstance<SelfCheckValues>();
  const title = Form.useWatch([A, 'titles', row], form) as TitleValues | undefined;
  if (!verification) return null;
  const check = verification.titles.find((t) => t.index === row);
  const near = check?.verified
    ? undefined
    : verification.unclaimedRecords.find((r) => r.series === title?.series && r.level === title?.level);
  return (
    <Flex gap="4px 8px" align="center" wrap style={{ marginBottom: 10 }}>
      <TitleCheckTag check={check} />
      {near ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          记录中的取得日期为 {near.obtainedOn}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function recordLine(record: TitleRecord): string {
  const number = record.certificateNumber ? `，证书编号 ${record.certificateNumber}` : '';
  return `${titleWithSeries(record)}，${record.obtainedOn} 取得（${TITLE_RECORD_SOURCE_NAMES[record.source]}${number}）`;
}

/** The records no title in the form matches, each with a button that adds it as a title. */
export function UnclaimedTitleRecords() {
  const verification = useTitleVerification();
  const form = Form.useFormInstance<SelfCheckValues>();
  const unclaimed = verification?.unclaimedRecords ?? [];
  if (unclaimed.length === 0) return null;
  const add = (records: TitleRecord[]) => {
    const titles = (form.getFieldValue([A, 'titles']) ?? []) as TitleValues[];
    form.setFieldValue(
      [A, 'titles'],
      [
        ...titles,
        ...records.map(
          (r): TitleValues => ({
            series: r.series,
            level: r.level,
            obtainedOn: dayjs(r.obtainedOn),
            via: r.via ?? 'review',
          }),
        ),
      ],
    );
  };
  return (
    <Alert
      type="info"
      showIcon
      data-testid="unclaimed-titles"
      style={{ marginTop: 8 }}
      title={`系统中还有 ${unclaimed.length} 条您的职称记录未填入档案`}
      description={
        <Flex vertical gap={6}>
          {unclaimed.map((record) => (
            <Flex key={record.id} gap={8} align="center" justify="space-between" wrap>
              <Typography.Text style={{ flex: '1 1 220px' }}>{recordLine(record)}</Typography.Text>
              <Button size="small" icon={<PlusOutlined />} onClick={() => add([record])}>
                添加
              </Button>
            </Flex>
          ))}
          {unclaimed.length > 1 ? (
            <Button
              size="small"
              type="primary"
              onClick={() => add(unclaimed)}
              style={{ alignSelf: 'flex-start' }}
            >
              全部添加
            </Button>
          ) : null}
          <Typography.Text type="secondary">
            按记录添加的职称显示“已核验”；如记录有误，请联系单位或人社部门更正。
          </Typography.Text>
        </Flex>
      }
    />
  );
}
