import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Form, List, Row, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorAlert, Page, Section } from '../../components/Page';
import { dateTime, yuan } from '../../format';
import { AwardRoundSection } from './AwardRoundSection';
import { Sentences } from './Sentences';
import { type AwardStanding, figure, percent } from './awardTypes';
import { keys } from './data';

const currentYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** 评选排名: "where I stand" in a year (live), and the year's published round with objections. */
export function StandingPage() {
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const standing = useQuery({
    queryKey: keys.standing(year),
    queryFn: async () =>
      (await ok(api.GET('/api/v1/providers/me/standing', { params: { query: { year } } }))) as unknown as AwardStanding,
  });
  return (
    <Page
      title="年度评选"
      extra={
        <Form layout="inline">
          <Form.Item label="年度" htmlFor="standing-year" style={{ margin: 0 }}>
            <Select
              id="standing-year"
              value={year}
              onChange={setYear}
              style={{ width: 120 }}
              options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ label: `${y} 年`, value: y }))}
            />
          </Form.Item>
        </Form>
      }
    >
      <ErrorAlert error={standing.error} />
      {standing.isPending ? <Spin /> : standing.data && <StandingView s={standing.data} />}
      <AwardRoundSection year={year} />
    </Page>
  );
}

function StandingView({ s }: { s: AwardStanding }) {
  const p = s.position;
  const w = s.config.weights;
  const rows = [
    {
      key: 'served',
      item: '服务企业',
      fact: `${s.facts.served} 家`,
      normalized: p.normalized.served,
      weight: w.served,
      part: p.parts.served,
    },
    {
      key: 'satisfaction',
      item: '满意度',
      fact: `${figure(s.facts.satisfaction)}（${s.tally.ratingCount} 家企业评价）`,
      normalized: p.normalized.satisfaction,
      weight: w.satisfaction,
      part: p.parts.satisfaction,
    },
    {
      key: 'effectiveness',
      item: '服务成效',
      fact: `${figure(s.facts.effectiveness)}（${s.tally.effectivenessCount} 家企业评价）`,
      normalized: p.normalized.effectiveness,
      weight: w.effectiveness,
      part: p.parts.effectiveness,
    },
  ];
  return (
    <Section
      title={`${s.year} 年度我的排名（实时）`}
      extra={<Typography.Text type="secondary">数据截至 {dateTime(s.asOf)}</Typography.Text>}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {s.eligible ? (
          <Alert type="success" showIcon message={`符合 ${s.year} 年度评选条件`} />
        ) : (
          <Alert
            type="warning"
            showIcon
            message={`暂不符合 ${s.year} 年度评选条件`}
            description={
              <List
                size="small"
                dataSource={s.gaps}
                renderItem={(g) => (
                  <List.Item style={{ padding: '4px 0' }}>
                    <Space wrap>
                      <span>{g.message}</span>
                      {g.fixable ? <Tag color="blue">本年度仍可达到</Tag> : <Tag>本年度无法满足</Tag>}
                    </Space>
                  </List.Item>
                )}
              />
            }
          />
        )}
        <Row gutter={16}>
          <Col span={6}>
            <Card size="small">
              <Statistic
                title={p.asIfEligible ? '假如符合条件，暂列' : '暂列名次'}
                value={`第 ${p.rank} 名`}
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    / {p.fieldSize} 家
                  </Typography.Text>
                }
              />
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small">
              <Statistic title="综合得分（满分 100）" value={figure(p.score)} />
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small">
              <Statistic title="若年度结束时仍如此，奖励" value={p.awardFen > 0 ? yuan(p.awardFen) : '无'} />
            </Card>
          </Col>
          <Col span={6}>
            <Card size="small">
              <Statistic
                title="距最近的奖励名次"
                value={p.nextAward ? `差 ${figure(p.nextAward.gap)} 分` : p.awardFen > 0 ? '已在奖励名次内' : '—'}
              />
            </Card>
          </Col>
        </Row>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          columns={[
            { title: '项目', dataIndex: 'item', width: 120 },
            { title: '本机构数据', dataIndex: 'fact' },
            { title: '标准化得分（0-100）', dataIndex: 'normalized', width: 170, render: (v: number) => figure(v) },
            { title: '权重', dataIndex: 'weight', width: 90, render: (v: number) => percent(v) },
            { title: '计分', dataIndex: 'part', width: 100, render: (v: number) => figure(v) },
          ]}
        />
        <div>
          <Typography.Text strong>说明</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Sentences lines={s.sentences} />
          </div>
        </div>
      </Space>
    </Section>
  );
}
