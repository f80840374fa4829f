// Dark neon (default, like the original service) or light theme, remembered per browser.
import { useColorMode } from '@vueuse/core'
import { computed } from 'vue'

export function useTheme() {
  const mode = useColorMode({
    attribute: 'class',
    modes: { dark: 'dark', light: 'light' },
    initialValue: 'dark',
    storageKey: 'shiti.theme',
  })
  const isLight = computed(() => mode.value === 'light')
  function toggle(): void {
    mode.value = isLight.value ? 'dark' : 'light'
  }
  return { isLight, toggle }
}
