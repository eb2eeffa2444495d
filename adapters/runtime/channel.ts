/** One way in to the advisor (Discord, Slack, the HTTP API): `serve` starts those configured and stops them in reverse. */
export type Channel = {
  readonly name: string;
  /** Resolves once the channel takes questions; rejects with a message meant for people when it cannot. */
  start(): Promise<void>;
  /** Takes no new questions, finishes those in flight, then lets go of every socket and timer it holds. */
  stop(): Promise<void>;
};

export type ChannelState = "starting" | "connected" | "disconnected" | "stopped";

/** What each channel is doing now, for /healthz and the connection gauge. */
export type ChannelStates = {
  set(channel: string, state: ChannelState): void;
  all(): Record<string, ChannelState>;
  /** True while every channel is connected. */
  healthy(): boolean;
};

export function createChannelStates(onChange: (channel: string, state: ChannelState) => void = () => {}): ChannelStates {
  const states = new Map<string, ChannelState>();
  return {
    set(channel, state) {
      states.set(channel, state);
      onChange(channel, state);
    },
    all: () => Object.fromEntries(states),
    healthy: () => [...states.values()].every((state) => state === "connected"),
  };
}
