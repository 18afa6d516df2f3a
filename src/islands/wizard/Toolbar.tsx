import { useEffect, useRef, type ReactNode } from 'react';
import { useLakewise, useWizard } from './context';
import { displayKeys, SHORTCUTS } from '../../store/shortcuts';
import type { WizardStringKey } from './strings';

export interface ShareState {
  readonly url: string;
  readonly copied: boolean;
}

/** The customer's name and the wizard-wide actions: undo, redo, share, new customer, call mode, shortcuts. */
export function Toolbar({
  onShare,
  onSwitchLocale,
  otherLocaleName,
}: {
  readonly onShare: () => void;
  readonly onSwitchLocale: () => void;
  readonly otherLocaleName: string;
}) {
  const { store, tr } = useWizard();
  const customerName = useLakewise((state) => state.answers.opportunity.customerName);
  const canUndo = useLakewise((state) => state.past.length > 0);
  const canRedo = useLakewise((state) => state.future.length > 0);
  const callMode = useLakewise((state) => state.callMode);
  const actions = store.getState();
  return (
    <div className="wz-toolbar">
      <p className="wz-toolbar__customer" data-testid="customer-name">
        <span className="wz-toolbar__customer-label">{tr('wizard.toolbar.customer')}</span>{' '}
        <span className="wz-toolbar__customer-name">{customerName ?? tr('wizard.toolbar.noCustomer')}</span>
      </p>
      <div className="wz-toolbar__actions" role="toolbar" aria-label={tr('wizard.toolbar.label')}>
        <button type="button" className="wz-button" onClick={() => actions.undo()} disabled={!canUndo}>
          {tr('wizard.toolbar.undo')}
        </button>
        <button type="button" className="wz-button" onClick={() => actions.redo()} disabled={!canRedo}>
          {tr('wizard.toolbar.redo')}
        </button>
        <button type="button" className="wz-button" onClick={onShare}>
          {tr('wizard.toolbar.share')}
        </button>
        <button type="button" className="wz-button" onClick={() => actions.requestNewCustomer()}>
          {tr('wizard.toolbar.newCustomer')}
        </button>
        <button type="button" className="wz-button" aria-pressed={callMode} onClick={() => actions.setCallMode(!callMode)}>
          {tr('wizard.toolbar.callMode')}
        </button>
        <button type="button" className="wz-button" onClick={() => actions.setHelpOpen(true)} aria-haspopup="dialog">
          {tr('wizard.toolbar.shortcuts')}
        </button>
        <button type="button" className="wz-button" onClick={onSwitchLocale}>
          {otherLocaleName}
        </button>
      </div>
    </div>
  );
}

/** A native modal dialog whose open state lives in the store; Escape and the close button both close it. */
function Modal({
  open,
  onClose,
  titleId,
  children,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly titleId: string;
  readonly children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="wz-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  );
}

export function ShortcutHelp() {
  const { store, tr } = useWizard();
  const open = useLakewise((state) => state.helpOpen);
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <Modal open={open} onClose={() => store.getState().setHelpOpen(false)} titleId="wz-help-title">
      <h2 id="wz-help-title">{tr('wizard.help.title')}</h2>
      <table className="wz-shortcuts">
        <caption className="wz-visually-hidden">{tr('wizard.help.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('wizard.help.keys')}</th>
            <th scope="col">{tr('wizard.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id} data-shortcut={shortcut.id}>
              <td>
                {shortcut.keys.map((keys, index) => (
                  <span key={keys}>
                    {index > 0 ? ` ${tr('wizard.help.or')} ` : null}
                    <kbd>{displayKeys(keys, mac)}</kbd>
                  </span>
                ))}
              </td>
              <td>{tr(shortcut.labelKey as WizardStringKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="wz-muted">{tr('wizard.help.tabs')}</p>
      <button type="button" className="wz-button wz-button--primary" onClick={() => store.getState().setHelpOpen(false)}>
        {tr('wizard.dialog.close')}
      </button>
    </Modal>
  );
}

export function ConfirmNewCustomer() {
  const { store, tr } = useWizard();
  const open = useLakewise((state) => state.confirmingNewCustomer);
  const actions = store.getState();
  return (
    <Modal open={open} onClose={() => actions.cancelNewCustomer()} titleId="wz-confirm-title">
      <h2 id="wz-confirm-title">{tr('wizard.confirm.title')}</h2>
      <p>{tr('wizard.confirm.body')}</p>
      <div className="wz-dialog__actions">
        <button type="button" className="wz-button" onClick={() => actions.cancelNewCustomer()} autoFocus>
          {tr('wizard.confirm.cancel')}
        </button>
        <button type="button" className="wz-button wz-button--danger" onClick={() => actions.confirmNewCustomer()}>
          {tr('wizard.confirm.clear')}
        </button>
      </div>
    </Modal>
  );
}

export function SharePanel({ share, onClose }: { readonly share: ShareState | null; readonly onClose: () => void }) {
  const { tr } = useWizard();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.select();
  }, [share]);
  return (
    <Modal open={share !== null} onClose={onClose} titleId="wz-share-title">
      <h2 id="wz-share-title">{tr('wizard.share.title')}</h2>
      <p role="status">{share?.copied ? tr('wizard.share.copied') : tr('wizard.share.copyYourself')}</p>
      <label className="wz-control wz-control--wide">
        <span>{tr('wizard.share.label')}</span>
        <input ref={input} className="wz-input" type="text" readOnly value={share?.url ?? ''} data-testid="share-url" />
      </label>
      <p className="wz-muted">{tr('wizard.share.privacy')}</p>
      <button type="button" className="wz-button wz-button--primary" onClick={onClose}>
        {tr('wizard.dialog.close')}
      </button>
    </Modal>
  );
}

export function NoticeBanner() {
  const { store, tr } = useWizard();
  const notice = useLakewise((state) => state.notice);
  if (notice === null) return null;
  return (
    <div className={`wz-notice wz-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="wizard-notice">
      <p>{tr(notice.messageKey, notice.params)}</p>
      {notice.detail === undefined ? null : (
        <pre className="wz-notice__detail" tabIndex={0}>
          {notice.detail}
        </pre>
      )}
      <button type="button" className="wz-linkish" onClick={() => store.getState().dismissNotice()}>
        {tr('wizard.notice.dismiss')}
      </button>
    </div>
  );
}
