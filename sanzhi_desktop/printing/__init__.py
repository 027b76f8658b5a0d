"""Domain objects in, PDF bytes out (reportlab).

Every sheet is built from :mod:`sanzhi_desktop.printing.sheet`: the shipped
CJK TrueType font embedded as a subset (reportlab's built-in CID fonts are not
embedded and print blank on PCs without Chinese fonts), A4 or A3, the styles
and the boxes that forms share (seal boxes, signature lines). Nothing here
touches the database: services gather the records and hand them over.
"""
