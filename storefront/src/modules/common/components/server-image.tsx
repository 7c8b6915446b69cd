import { getImageProps, type ImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"

/**
 * next/image's sizes, srcset and optimiser URLs, rendered on the server as a plain <img>: a catalogue
 * photo needs no JavaScript, so it is not a Client Component the browser has to download props for
 * and hydrate (next/image's <Image> is one). `preload` adds a high-priority preload hint to the
 * document head for the page's largest paint, as <Image preload> does.
 */
export function ServerImage({ preload = false, ...props }: ImageProps) {
  const { props: img } = getImageProps({ ...props, ...(preload ? { loading: "eager", fetchPriority: "high" } : {}) })
  if (preload && img.src) {
    preloadResource(img.src, {
      as: "image",
      fetchPriority: "high",
      ...(img.srcSet ? { imageSrcSet: img.srcSet, imageSizes: img.sizes } : {}),
    })
  }
  return <img {...img} alt={props.alt} />
}
