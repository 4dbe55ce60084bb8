"use client";

import { hasPermission, useLocale, useT, errorDetail } from "@o2o/client";
import { AdminMemberEventsDocument, AdminUpdateMemberEventDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { ConfirmButton } from "../../components/confirm-button";
import { ActionsHeading, DataTable } from "../../components/data-table";
import { FormAlert, Notice } from "../../components/form-field";
import { ListStates } from "../../components/list-states";
import { EditRowButton, editAtTop } from "../../components/editor-actions";
import { useEditing } from "../../components/use-editing";
import { formatDateRange } from "../../lib/format-date";
import { canInStore, canMerchantWide } from "../../lib/permissions";
import { useMe } from "../auth/me-context";
import { StatusBadge } from "./marketing-fields";
import { type MemberEvent, MemberEventForm } from "./member-event-form";
import { MemberEventSignups } from "./member-event-signups";
import { MarketingHeader } from "./marketing-nav";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** Member events (past and cancelled included): seats taken, who signed up; created, changed and cancelled here. */
export function MemberEventList() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const can = (permission: string, storeId: string | null) =>
    storeId ? canInStore(me, permission, storeId) : canMerchantWide(me, permission);
  const canCreate = hasPermission(me, "marketing:write");
  const editor = useEditing<MemberEvent>();
  const [showing, setShowing] = useState<MemberEvent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ data, error: loadError, fetching }, refresh] = useRefreshableQuery({
    query: AdminMemberEventsDocument,
    variables: { first: 50 },
    requestPolicy: "cache-and-network",
  });
  const [, update] = useMutation(AdminUpdateMemberEventDocument);
  const events = data?.memberEvents.edges.map((e) => e.node) ?? [];

  async function cancel(event: MemberEvent) {
    const res = await update({ id: event.id, input: { status: "ENDED" } });
    if (res.error) return setError(t("common.failed", { message: errorDetail(res.error) }));
    setError(null);
    setNotice(t("event.cancelled", { name: event.title }));
    refresh();
  }

  return (
    <div className="page">
      <MarketingHeader subtitle={t("event.subtitle")} />
      <Notice message={notice} />
      <FormAlert message={error} />
      {canCreate && (!editor.editing || can("marketing:write", editor.editing.store?.id ?? null)) ? (
        <MemberEventForm
          key={editor.formKey}
          event={editor.editing}
          onCancel={editor.cancel}
          onSaved={(title) => {
            setNotice(t(editor.saved() ? "event.saved" : "event.created", { name: title }));
            refresh();
          }}
        />
      ) : null}
      <section className="card card-flush" aria-label={t("event.list")}>
        <ListStates
          error={loadError}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={events.length === 0}
          emptyTitle={t("event.empty")}
          onRetry={refresh}
        />
        {events.length > 0 ? (
          <DataTable
            columns={[
              t("event.title"),
              t("common.store"),
              t("marketing.window"),
              { label: t("event.seats"), end: true },
              t("common.status"),
              <ActionsHeading key="a" />,
            ]}
          >
            {events.map((ev) => {
              const storeId = ev.store?.id ?? null;
              const writable = can("marketing:write", storeId);
              return (
                <tr key={ev.id}>
                  <td>
                    <strong>{ev.title}</strong>
                    {ev.description ? <div className="muted small">{ev.description}</div> : null}
                  </td>
                  <td>{ev.store?.name ?? t("common.allStores")}</td>
                  <td className="small">{formatDateRange(locale, ev.startsAt, ev.endsAt)}</td>
                  <td className="num">
                    {ev.capacity === null ? t("event.seatsUnlimited", { n: ev.signedUpCount }) : `${ev.signedUpCount} / ${ev.capacity}`}
                  </td>
                  <td>
                    <StatusBadge status={ev.status} />
                  </td>
                  <td className="align-end row-actions">
                    {hasPermission(me, "member:read") && can("marketing:read", storeId) ? (
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        aria-pressed={showing?.id === ev.id}
                        aria-label={t("event.signupsOf", { name: ev.title })}
                        onClick={() => setShowing(showing?.id === ev.id ? null : ev)}
                      >
                        {t("event.signups")}
                      </button>
                    ) : null}
                    {writable ? (
                      <EditRowButton
                        label={t("event.editNamed", { name: ev.title })}
                        onEdit={() =>
                          editAtTop(() => {
                            setNotice(null);
                            editor.edit(ev);
                          })
                        }
                      />
                    ) : null}
                    {writable && ev.status !== "ENDED" ? (
                      <ConfirmButton
                        label={t("event.cancel")}
                        className="btn btn-ghost btn-sm"
                        message={t("event.cancelConfirm", { name: ev.title, n: ev.signedUpCount })}
                        danger
                        onConfirm={() => cancel(ev)}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ) : null}
      </section>
      {showing ? <MemberEventSignups key={showing.id} eventId={showing.id} title={showing.title} /> : null}
    </div>
  );
}
