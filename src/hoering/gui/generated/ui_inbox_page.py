# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        self.pageLayout = QVBoxLayout(InboxPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(InboxPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.titleRow.addWidget(self.titleLabel)

        self.textFilter = QLineEdit(InboxPage)
        self.textFilter.setObjectName(u"textFilter")
        self.textFilter.setClearButtonEnabled(True)

        self.titleRow.addWidget(self.textFilter)


        self.pageLayout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilterLabel = QLabel(InboxPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(InboxPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.channelFilterLabel = QLabel(InboxPage)
        self.channelFilterLabel.setObjectName(u"channelFilterLabel")

        self.filterRow.addWidget(self.channelFilterLabel)

        self.channelFilter = QComboBox(InboxPage)
        self.channelFilter.setObjectName(u"channelFilter")

        self.filterRow.addWidget(self.channelFilter)

        self.deadlineFilterLabel = QLabel(InboxPage)
        self.deadlineFilterLabel.setObjectName(u"deadlineFilterLabel")

        self.filterRow.addWidget(self.deadlineFilterLabel)

        self.deadlineFilter = QComboBox(InboxPage)
        self.deadlineFilter.setObjectName(u"deadlineFilter")

        self.filterRow.addWidget(self.deadlineFilter)

        self.campaignFilterLabel = QLabel(InboxPage)
        self.campaignFilterLabel.setObjectName(u"campaignFilterLabel")

        self.filterRow.addWidget(self.campaignFilterLabel)

        self.campaignFilter = QComboBox(InboxPage)
        self.campaignFilter.setObjectName(u"campaignFilter")

        self.filterRow.addWidget(self.campaignFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.countsLabel = QLabel(InboxPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countsLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.countsLabel)

        self.inboxTable = QTableView(InboxPage)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inboxTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inboxTable.setAlternatingRowColors(True)
        self.inboxTable.setWordWrap(False)

        self.pageLayout.addWidget(self.inboxTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(InboxPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.channelFilterLabel.setBuddy(self.channelFilter)
        self.deadlineFilterLabel.setBuddy(self.deadlineFilter)
        self.campaignFilterLabel.setBuddy(self.campaignFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.titleLabel.setText(QCoreApplication.translate("InboxPage", u"Indbakke", None))
        self.textFilter.setPlaceholderText(QCoreApplication.translate("InboxPage", u"Filtr\u00e9r p\u00e5 tekst, emne eller afsender", None))
#if QT_CONFIG(accessibility)
        self.textFilter.setAccessibleName(QCoreApplication.translate("InboxPage", u"Tekstfilter for indbakken", None))
#endif // QT_CONFIG(accessibility)
        self.statusFilterLabel.setText(QCoreApplication.translate("InboxPage", u"S&tatus:", None))
        self.channelFilterLabel.setText(QCoreApplication.translate("InboxPage", u"Ka&nal:", None))
        self.deadlineFilterLabel.setText(QCoreApplication.translate("InboxPage", u"F&rist:", None))
        self.campaignFilterLabel.setText(QCoreApplication.translate("InboxPage", u"Kam&pagne:", None))
#if QT_CONFIG(accessibility)
        self.inboxTable.setAccessibleName(QCoreApplication.translate("InboxPage", u"Indbakken", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("InboxPage", u"\u00c5&bn svaret", None))
        pass
    # retranslateUi

