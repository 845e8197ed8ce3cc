# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ResponsePage(object):
    def setupUi(self, ResponsePage):
        if not ResponsePage.objectName():
            ResponsePage.setObjectName(u"ResponsePage")
        self.pageLayout = QVBoxLayout(ResponsePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.backButton = QPushButton(ResponsePage)
        self.backButton.setObjectName(u"backButton")

        self.titleRow.addWidget(self.backButton)

        self.titleLabel = QLabel(ResponsePage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.titleLabel)

        self.moreButton = QToolButton(ResponsePage)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.titleRow.addWidget(self.moreButton)

        self.nextButton = QPushButton(ResponsePage)
        self.nextButton.setObjectName(u"nextButton")

        self.titleRow.addWidget(self.nextButton)


        self.pageLayout.addLayout(self.titleRow)

        self.detailsLabel = QLabel(ResponsePage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.detailsLabel)

        self.noticeLabel = QLabel(ResponsePage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"color: #9a5b00;")

        self.pageLayout.addWidget(self.noticeLabel)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.acceptLateButton = QPushButton(ResponsePage)
        self.acceptLateButton.setObjectName(u"acceptLateButton")

        self.decisionRow.addWidget(self.acceptLateButton)

        self.useOriginButton = QPushButton(ResponsePage)
        self.useOriginButton.setObjectName(u"useOriginButton")

        self.decisionRow.addWidget(self.useOriginButton)

        self.keepForwarderButton = QPushButton(ResponsePage)
        self.keepForwarderButton.setObjectName(u"keepForwarderButton")

        self.decisionRow.addWidget(self.keepForwarderButton)

        self.takeInButton = QPushButton(ResponsePage)
        self.takeInButton.setObjectName(u"takeInButton")

        self.decisionRow.addWidget(self.takeInButton)

        self.dismissButton = QPushButton(ResponsePage)
        self.dismissButton.setObjectName(u"dismissButton")

        self.decisionRow.addWidget(self.dismissButton)

        self.campaignButton = QPushButton(ResponsePage)
        self.campaignButton.setObjectName(u"campaignButton")

        self.decisionRow.addWidget(self.campaignButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionSpacer)


        self.pageLayout.addLayout(self.decisionRow)

        self.pageSplitter = QSplitter(ResponsePage)
        self.pageSplitter.setObjectName(u"pageSplitter")
        self.pageSplitter.setOrientation(Qt.Orientation.Vertical)
        self.pageSplitter.setChildrenCollapsible(False)
        self.splittingHolder = QWidget(self.pageSplitter)
        self.splittingHolder.setObjectName(u"splittingHolder")
        self.splittingLayout = QVBoxLayout(self.splittingHolder)
        self.splittingLayout.setObjectName(u"splittingLayout")
        self.splittingLayout.setContentsMargins(0, 0, 0, 0)
        self.pageSplitter.addWidget(self.splittingHolder)
        self.lowerPart = QWidget(self.pageSplitter)
        self.lowerPart.setObjectName(u"lowerPart")
        self.lowerLayout = QHBoxLayout(self.lowerPart)
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.lowerLayout.setContentsMargins(0, 0, 0, 0)
        self.commentsBox = QGroupBox(self.lowerPart)
        self.commentsBox.setObjectName(u"commentsBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.commentsBox.sizePolicy().hasHeightForWidth())
        self.commentsBox.setSizePolicy(sizePolicy1)
        self.commentsLayout = QVBoxLayout(self.commentsBox)
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.commentsTree = QTreeWidget(self.commentsBox)
        self.commentsTree.setObjectName(u"commentsTree")
        self.commentsTree.setRootIsDecorated(False)
        self.commentsTree.setUniformRowHeights(True)
        self.commentsTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.commentsLayout.addWidget(self.commentsTree)

        self.commentButtons = QHBoxLayout()
        self.commentButtons.setObjectName(u"commentButtons")
        self.removeCommentButton = QPushButton(self.commentsBox)
        self.removeCommentButton.setObjectName(u"removeCommentButton")

        self.commentButtons.addWidget(self.removeCommentButton)

        self.goToTargetButton = QPushButton(self.commentsBox)
        self.goToTargetButton.setObjectName(u"goToTargetButton")

        self.commentButtons.addWidget(self.goToTargetButton)

        self.commentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentButtons.addItem(self.commentSpacer)


        self.commentsLayout.addLayout(self.commentButtons)


        self.lowerLayout.addWidget(self.commentsBox)

        self.attachmentsBox = QGroupBox(self.lowerPart)
        self.attachmentsBox.setObjectName(u"attachmentsBox")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.attachmentsBox.sizePolicy().hasHeightForWidth())
        self.attachmentsBox.setSizePolicy(sizePolicy2)
        self.attachmentsLayout = QVBoxLayout(self.attachmentsBox)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentList = QListWidget(self.attachmentsBox)
        self.attachmentList.setObjectName(u"attachmentList")

        self.attachmentsLayout.addWidget(self.attachmentList)

        self.saveAttachmentButton = QPushButton(self.attachmentsBox)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.attachmentsLayout.addWidget(self.saveAttachmentButton)


        self.lowerLayout.addWidget(self.attachmentsBox)

        self.pageSplitter.addWidget(self.lowerPart)

        self.pageLayout.addWidget(self.pageSplitter)


        self.retranslateUi(ResponsePage)

        QMetaObject.connectSlotsByName(ResponsePage)
    # setupUi

    def retranslateUi(self, ResponsePage):
        self.backButton.setText(QCoreApplication.translate("ResponsePage", u"\u2190 &Indbakke", None))
        self.moreButton.setText(QCoreApplication.translate("ResponsePage", u"&Mere", None))
#if QT_CONFIG(accessibility)
        self.moreButton.setAccessibleName(QCoreApplication.translate("ResponsePage", u"Flere handlinger for svaret", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("ResponsePage", u"&N\u00e6ste nye svar", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ResponsePage", u"Det n\u00e6ste h\u00f8ringssvar, der ikke er delt op endnu (F7)", None))
#endif // QT_CONFIG(tooltip)
        self.acceptLateButton.setText(QCoreApplication.translate("ResponsePage", u"&Godkend trods for sent \u2026", None))
        self.useOriginButton.setText(QCoreApplication.translate("ResponsePage", u"Brug &oprindelig afsender", None))
        self.keepForwarderButton.setText(QCoreApplication.translate("ResponsePage", u"Behold &videresender", None))
        self.takeInButton.setText(QCoreApplication.translate("ResponsePage", u"&Tag med \u2026", None))
        self.dismissButton.setText(QCoreApplication.translate("ResponsePage", u"&Afvis", None))
        self.campaignButton.setText(QCoreApplication.translate("ResponsePage", u"Vis &kampagnen \u2026", None))
        self.commentsBox.setTitle(QCoreApplication.translate("ResponsePage", u"Bem\u00e6rkninger fra svaret", None))
        ___qtreewidgetitem = self.commentsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ResponsePage", u"M\u00e5l", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ResponsePage", u"Bem\u00e6rkning", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ResponsePage", u"Nr.", None))
#if QT_CONFIG(accessibility)
        self.commentsTree.setAccessibleName(QCoreApplication.translate("ResponsePage", u"Bem\u00e6rkninger fra svaret", None))
#endif // QT_CONFIG(accessibility)
        self.removeCommentButton.setText(QCoreApplication.translate("ResponsePage", u"&Fjern bem\u00e6rkning", None))
        self.goToTargetButton.setText(QCoreApplication.translate("ResponsePage", u"&G\u00e5 til m\u00e5let", None))
        self.attachmentsBox.setTitle(QCoreApplication.translate("ResponsePage", u"Bilag", None))
#if QT_CONFIG(accessibility)
        self.attachmentList.setAccessibleName(QCoreApplication.translate("ResponsePage", u"Bilag", None))
#endif // QT_CONFIG(accessibility)
        self.saveAttachmentButton.setText(QCoreApplication.translate("ResponsePage", u"Gem &bilag \u2026", None))
        pass
    # retranslateUi

