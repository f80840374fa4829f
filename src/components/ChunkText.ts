// A chunk of the highlighted view's lines, each a row of BlockTexts, rendered by a render function (chunkNode,
// blockNodes.ts, says why).
import { defineComponent, h, type PropType } from 'vue'
import type { ViewLine } from '../composables/useViewChunks'
import BlockText from './BlockText.vue'
import { chunkNode } from './blockNodes'

/**
 * A chunk of the view's lines, each a row of BlockTexts (chunkNode, blockNodes.ts, says why a render function). A
 * chunk is rendered again only when it changed (HighlightPane's v-memo); its lines' blocks whose props did not change
 * are not (Vue compares a component's props first).
 */
export default defineComponent({
  name: 'ChunkText',
  props: {
    lines: { type: Array as PropType<readonly ViewLine[]>, required: true },
    hiddenTypes: { type: Object as PropType<ReadonlySet<string>>, required: true },
    minScore: { type: Number, required: true },
  },
  setup(props) {
    return () => chunkNode(props.lines, (index, item) => h(BlockText, {
      key: index,
      index,
      text: item.block.text,
      entities: item.entities,
      hiddenTypes: props.hiddenTypes,
      minScore: props.minScore,
    }))
  },
})
