/** Sends one-time codes. Production plugs in an SMS provider; development logs; tests capture. */
export interface SmsSender {
  send(phone: string, message: string): Promise<void>;
}

export class LoggingSmsSender implements SmsSender {
  async send(phone: string, message: string): Promise<void> {
    console.log(`[sms] to ${phone}: ${message}`);
  }
}

export class CapturingSmsSender implements SmsSender {
  readonly sent: { phone: string; message: string }[] = [];
  async send(phone: string, message: string): Promise<void> {
    this.sent.push({ phone, message });
  }
  lastCodeFor(phone: string): string | undefined {
    const msg = [...this.sent].reverse().find((m) => m.phone === phone)?.message;
    return msg?.match(/\b(\d{6})\b/)?.[1];
  }
}
