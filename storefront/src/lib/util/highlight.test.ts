import { describe, expect, it } from "vitest"
import { hasHighlight, parseHighlight, stripHighlight } from "./highlight"

describe("parseHighlight", () => {
  it("splits a text into plain and marked pieces", () => {
    expect(parseHighlight("<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro")).toEqual([
      { text: "Jahe", marked: true },
      { text: " ", marked: false },
      { text: "Instan", marked: true },
      { text: " Bojonegoro", marked: false },
    ])
  })

  it("keeps a text without marks whole, and gives nothing for empty input", () => {
    expect(parseHighlight("Kursi Rotan")).toEqual([{ text: "Kursi Rotan", marked: false }])
    expect(parseHighlight("")).toEqual([])
    expect(parseHighlight(null)).toEqual([])
  })

  it("treats every other '<' as text, including look-alike and HTML tags", () => {
    expect(parseHighlight("Gula <5 kg & <b>bold</b> <mark>jahe</mark> <marker> a<mark")).toEqual([
      { text: "Gula <5 kg & <b>bold</b> ", marked: false },
      { text: "jahe", marked: true },
      { text: " <marker> a<mark", marked: false },
    ])
    expect(stripHighlight('<mark><script>alert("x")</script></mark>')).toBe('<script>alert("x")</script>')
  })

  it("drops stray closing tags and nested opening tags, and runs an unclosed mark to the end", () => {
    expect(parseHighlight("a</mark>b")).toEqual([{ text: "ab", marked: false }])
    expect(parseHighlight("<mark>a<mark>b</mark>c")).toEqual([
      { text: "ab", marked: true },
      { text: "c", marked: false },
    ])
    expect(parseHighlight("kopi <mark>robusta")).toEqual([
      { text: "kopi ", marked: false },
      { text: "robusta", marked: true },
    ])
  })

  it("accepts the tags in any letter case", () => {
    expect(parseHighlight("<MARK>Jati</MARK>")).toEqual([{ text: "Jati", marked: true }])
  })
})

describe("stripHighlight / hasHighlight", () => {
  it("give the plain text and whether anything matched", () => {
    expect(stripHighlight("Meja <mark>Jati</mark> Jepara")).toBe("Meja Jati Jepara")
    expect(hasHighlight("Meja <mark>Jati</mark>")).toBe(true)
    expect(hasHighlight("Meja Jati")).toBe(false)
    expect(hasHighlight("<mark></mark>")).toBe(false)
    expect(hasHighlight(null)).toBe(false)
  })
})
