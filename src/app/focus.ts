// Keyboard and screen-reader users lose their place when the control they pressed disappears or is
// disabled by its own action (Clear, Cancel, Store, Remove): the browser drops focus to <body>, and the
// next Tab starts over from the top of the page. These actions hand focus on to what took the control's
// place instead.
import { nextTick } from 'vue'

type Focusable = HTMLElement | null | undefined

/** Whether focus is nowhere useful: on <body>, or on an element that is gone or disabled. */
export function focusIsLost(): boolean {
  const active = document.activeElement
  return !active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled === true
}

/** After Vue has rendered the action's effect, focuses the first of `targets` that exists, if focus was lost. */
export async function keepFocus(...targets: (() => Focusable)[]): Promise<void> {
  await nextTick()
  if (!focusIsLost()) return
  for (const target of targets) {
    const element = target()
    if (element?.isConnected) {
      element.focus()
      return
    }
  }
}
