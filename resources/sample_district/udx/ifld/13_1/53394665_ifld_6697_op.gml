<?xml version='1.0' encoding='UTF-8'?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:uro="https://www.geospatial.jp/iur/uro/3.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.0 ../../schemas/iur/uro/3.0/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>35.716795652 139.813217481 0.220</gml:lowerCorner>
			<gml:upperCorner>35.724909285 139.824269228 6.330</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_619f1394-eeeb-4385-a909-3381b1f04bcf">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468269 139.81376819 5.88 35.72468274 139.81404453 5.88 35.72490808 139.81404448 5.88 35.72490804 139.81376813 5.88 35.72468269 139.81376819 5.88</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.29</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a8408912-bd48-4cd1-85da-b022e4308606">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468291 139.81514991 4.85 35.72468295 139.81542625 4.85 35.72490829 139.81542620 4.85 35.72490825 139.81514985 4.85 35.72468291 139.81514991 4.85</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.29</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_653326ca-ddac-4c18-b977-d5b5a9e5953a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468295 139.81542625 4.56 35.72468299 139.81570259 4.56 35.72490833 139.81570254 4.56 35.72490829 139.81542620 4.56 35.72468295 139.81542625 4.56</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_10f00584-490c-4c9d-afce-bb3bf1543698">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468299 139.81570259 4.30 35.72468303 139.81597894 4.30 35.72490837 139.81597889 4.30 35.72490833 139.81570254 4.30 35.72468299 139.81570259 4.30</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_87e2d3ca-7339-42a8-b5d6-61a109a27566">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468322 139.81736066 2.37 35.72468326 139.81763700 2.37 35.72490860 139.81763696 2.37 35.72490857 139.81736061 2.37 35.72468322 139.81736066 2.37</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_58c44759-418d-4ced-9292-c4f7bc6b6248">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468326 139.81763700 2.01 35.72468330 139.81791334 2.01 35.72490864 139.81791330 2.01 35.72490860 139.81763696 2.01 35.72468326 139.81763700 2.01</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d63cba49-f049-4acf-83e5-862e59e87b04">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468353 139.81984775 0.49 35.72468356 139.82012410 0.49 35.72490890 139.82012406 0.49 35.72490887 139.81984771 0.49 35.72468353 139.81984775 0.49</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4d216d58-3dab-402d-8743-fc4f4a025afd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468356 139.82012410 0.37 35.72468359 139.82040044 0.37 35.72490893 139.82040040 0.37 35.72490890 139.82012406 0.37 35.72468356 139.82012410 0.37</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6825cdaa-1bcc-4706-9870-1de3dfba0956">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468359 139.82040044 0.29 35.72468362 139.82067678 0.29 35.72490896 139.82067675 0.29 35.72490893 139.82040040 0.29 35.72468359 139.82040044 0.29</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4cd18922-148f-4bad-9f27-bbe2c0cb3ba9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468392 139.82399291 0.53 35.72468394 139.82426925 0.53 35.72490928 139.82426923 0.53 35.72490926 139.82399288 0.53 35.72468392 139.82399291 0.53</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_90725e1f-efa8-47b2-a70c-5772d767e10a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445731 139.81349190 6.00 35.72445735 139.81376824 6.00 35.72468269 139.81376819 6.00 35.72468265 139.81349184 6.00 35.72445731 139.81349190 6.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_eb99143b-07f3-4827-8310-8cef20d52532">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445735 139.81376824 5.91 35.72445740 139.81404458 5.91 35.72468274 139.81404453 5.91 35.72468269 139.81376819 5.91 35.72445735 139.81376824 5.91</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6f03bd69-05ae-4672-97ac-86ef30f2a16c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445740 139.81404458 5.78 35.72445744 139.81432093 5.78 35.72468278 139.81432087 5.78 35.72468274 139.81404453 5.78 35.72445740 139.81404458 5.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_438b985c-1f4b-4722-9a72-e39013bc98f4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445757 139.81514996 4.93 35.72445761 139.81542630 4.93 35.72468295 139.81542625 4.93 35.72468291 139.81514991 4.93 35.72445757 139.81514996 4.93</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_52efc78d-7ae1-41c0-9539-1b0ce5f135a5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445761 139.81542630 4.65 35.72445765 139.81570264 4.65 35.72468299 139.81570259 4.65 35.72468295 139.81542625 4.65 35.72445761 139.81542630 4.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_560ab6a2-5734-4c87-b07d-066dfa83fde3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445788 139.81736070 2.40 35.72445792 139.81763704 2.40 35.72468326 139.81763700 2.40 35.72468322 139.81736066 2.40 35.72445788 139.81736070 2.40</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_48bd1af5-c93d-49a9-a0c1-6b60ddb26b74">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445792 139.81763704 2.03 35.72445796 139.81791339 2.03 35.72468330 139.81791334 2.03 35.72468326 139.81763700 2.03 35.72445792 139.81763704 2.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2004feb4-6702-488a-a58d-be6013a6be55">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445816 139.81957145 0.73 35.72445819 139.81984779 0.73 35.72468353 139.81984775 0.73 35.72468350 139.81957141 0.73 35.72445816 139.81957145 0.73</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f69c6455-aaf9-4d0b-8d65-986db78ce94b">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445819 139.81984779 0.58 35.72445822 139.82012413 0.58 35.72468356 139.82012410 0.58 35.72468353 139.81984775 0.58 35.72445819 139.81984779 0.58</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c286f50f-237f-4f16-97bd-731cc3a32e7d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445822 139.82012413 0.49 35.72445825 139.82040048 0.49 35.72468359 139.82040044 0.49 35.72468356 139.82012410 0.49 35.72445822 139.82012413 0.49</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_523ad5b1-49d3-4201-a0ba-889438c874e8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445858 139.82399294 0.63 35.72445860 139.82426928 0.63 35.72468394 139.82426925 0.63 35.72468392 139.82399291 0.63 35.72445858 139.82399294 0.63</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_80737e06-619a-4f4b-8848-94efd1700cb0">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423192 139.81321561 6.16 35.72423197 139.81349195 6.16 35.72445731 139.81349190 6.16 35.72445726 139.81321556 6.16 35.72423192 139.81321561 6.16</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_5a8cce8c-18b8-4f3d-b638-910971b01d58">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423197 139.81349195 6.07 35.72423201 139.81376830 6.07 35.72445735 139.81376824 6.07 35.72445731 139.81349190 6.07 35.72423197 139.81349195 6.07</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a50c93c6-9347-430e-9c4d-b6cb327a5165">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423201 139.81376830 5.98 35.72423206 139.81404464 5.98 35.72445740 139.81404458 5.98 35.72445735 139.81376824 5.98 35.72423201 139.81376830 5.98</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ca021c8e-267d-484b-90b2-6ae13bd7a46c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423206 139.81404464 5.87 35.72423210 139.81432098 5.87 35.72445744 139.81432093 5.87 35.72445740 139.81404458 5.87 35.72423206 139.81404464 5.87</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_255e4e00-ca51-499e-a3f9-ffdcd8bbe6c0">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423254 139.81736075 2.49 35.72423258 139.81763709 2.49 35.72445792 139.81763704 2.49 35.72445788 139.81736070 2.49 35.72423254 139.81736075 2.49</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8ff7fd7b-aa66-479d-b76c-da02f90bff09">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423258 139.81763709 2.09 35.72423261 139.81791343 2.09 35.72445796 139.81791339 2.09 35.72445792 139.81763704 2.09 35.72423258 139.81763709 2.09</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e168befe-825f-4d45-bb16-14c7d82a8014">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423261 139.81791343 1.78 35.72423265 139.81818977 1.78 35.72445799 139.81818973 1.78 35.72445796 139.81791339 1.78 35.72423261 139.81791343 1.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1c84a2c0-0bff-441d-922b-c5606f7b18ca">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423265 139.81818977 1.55 35.72423268 139.81846612 1.55 35.72445803 139.81846607 1.55 35.72445799 139.81818973 1.55 35.72423265 139.81818977 1.55</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_158b14b9-7ffe-48b6-81de-9c819b1def9c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423268 139.81846612 1.38 35.72423272 139.81874246 1.38 35.72445806 139.81874242 1.38 35.72445803 139.81846607 1.38 35.72423268 139.81846612 1.38</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_edcfa803-95ab-4ca0-8343-fd83f5fd696c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423275 139.81901880 1.07 35.72423278 139.81929514 1.07 35.72445812 139.81929510 1.07 35.72445809 139.81901876 1.07 35.72423275 139.81901880 1.07</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8b098e43-2d4e-4519-98bf-0f67a60a1a8c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423278 139.81929514 0.94 35.72423282 139.81957149 0.94 35.72445816 139.81957145 0.94 35.72445812 139.81929510 0.94 35.72423278 139.81929514 0.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_08301290-2b74-49a5-951c-9bc74835d60a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423282 139.81957149 0.81 35.72423285 139.81984783 0.81 35.72445819 139.81984779 0.81 35.72445816 139.81957145 0.81 35.72423282 139.81957149 0.81</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7a31495d-0288-4e1e-baac-d81e2939b977">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400720 139.81736079 2.61 35.72400724 139.81763713 2.61 35.72423258 139.81763709 2.61 35.72423254 139.81736075 2.61 35.72400720 139.81736079 2.61</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c2e39ce6-0381-4ad1-a34e-49de626c8102">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400724 139.81763713 2.21 35.72400727 139.81791347 2.21 35.72423261 139.81791343 2.21 35.72423258 139.81763709 2.21 35.72400724 139.81763713 2.21</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ba23c83b-8550-4874-b980-5e04568d3c6f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400727 139.81791347 1.86 35.72400731 139.81818982 1.86 35.72423265 139.81818977 1.86 35.72423261 139.81791343 1.86 35.72400727 139.81791347 1.86</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_819c46e5-b2ee-4eba-ba81-27a37f59d9c9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400731 139.81818982 1.61 35.72400734 139.81846616 1.61 35.72423268 139.81846612 1.61 35.72423265 139.81818977 1.61 35.72400731 139.81818982 1.61</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_00708f80-c262-40c9-960d-7da302748767">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400734 139.81846616 1.41 35.72400738 139.81874250 1.41 35.72423272 139.81874246 1.41 35.72423268 139.81846612 1.41 35.72400734 139.81846616 1.41</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_bc6d53a6-55f6-441c-8bcd-9b7b6ca4a58e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378159 139.81542645 4.96 35.72378163 139.81570279 4.96 35.72400697 139.81570274 4.96 35.72400693 139.81542640 4.96 35.72378159 139.81542645 4.96</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_36b4251c-5f6f-4bc9-8823-9ccaba498e43">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378197 139.81818986 1.70 35.72378200 139.81846620 1.70 35.72400734 139.81846616 1.70 35.72400731 139.81818982 1.70 35.72378197 139.81818986 1.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_19fc403e-aabf-488b-8046-489bf53ba84a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378200 139.81846620 1.48 35.72378203 139.81874254 1.48 35.72400738 139.81874250 1.48 35.72400734 139.81846616 1.48 35.72378200 139.81846620 1.48</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c2366048-e361-42e8-a07d-e3b3b5c78182">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355666 139.81846624 1.56 35.72355669 139.81874258 1.56 35.72378203 139.81874254 1.56 35.72378200 139.81846620 1.56 35.72355666 139.81846624 1.56</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_252d1252-67c7-48a0-9896-8ffba5f66400">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333069 139.81404486 5.94 35.72333073 139.81432120 5.94 35.72355608 139.81432114 5.94 35.72355603 139.81404480 5.94 35.72333069 139.81404486 5.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_46f5aa37-357b-407d-9611-9a78cd6a7908">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333073 139.81432120 5.80 35.72333078 139.81459753 5.80 35.72355612 139.81459748 5.80 35.72355608 139.81432114 5.80 35.72333073 139.81432120 5.80</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c212d4ca-f1dd-440b-9a58-45756192cf3e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333132 139.81846628 1.62 35.72333135 139.81874262 1.62 35.72355669 139.81874258 1.62 35.72355666 139.81846624 1.62 35.72333132 139.81846628 1.62</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d922170b-070b-442b-88c6-1554ba9d9538">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333145 139.81957164 1.13 35.72333148 139.81984798 1.13 35.72355682 139.81984794 1.13 35.72355679 139.81957160 1.13 35.72333145 139.81957164 1.13</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_eb5dabca-e9b4-4112-9259-7794294f8307">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333157 139.82067700 0.65 35.72333160 139.82095334 0.65 35.72355694 139.82095330 0.65 35.72355691 139.82067696 0.65 35.72333157 139.82067700 0.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_dd529ab9-0c8d-4b03-99ca-5cd56e38b14d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310531 139.81376857 5.99 35.72310535 139.81404491 5.99 35.72333069 139.81404486 5.99 35.72333065 139.81376852 5.99 35.72310531 139.81376857 5.99</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6a49832e-de19-4a6f-9181-9768714977e4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310535 139.81404491 5.87 35.72310539 139.81432125 5.87 35.72333073 139.81432120 5.87 35.72333069 139.81404486 5.87 35.72310535 139.81404491 5.87</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_9bcd349d-36fc-4642-9f73-a9b98fb15458">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310539 139.81432125 5.70 35.72310544 139.81459759 5.70 35.72333078 139.81459753 5.70 35.72333073 139.81432120 5.70 35.72310539 139.81432125 5.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_80508990-4fb4-44d1-932f-eaef416f090b">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310556 139.81542660 4.90 35.72310560 139.81570294 4.90 35.72333095 139.81570289 4.90 35.72333090 139.81542655 4.90 35.72310556 139.81542660 4.90</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f15bdfaa-ad1b-4900-bf42-063283e110a9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310560 139.81570294 4.70 35.72310564 139.81597928 4.70 35.72333099 139.81597923 4.70 35.72333095 139.81570289 4.70 35.72310560 139.81570294 4.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c19cddca-75fe-461a-91e7-e21bf2e6b132">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310598 139.81846633 1.63 35.72310601 139.81874266 1.63 35.72333135 139.81874262 1.63 35.72333132 139.81846628 1.63 35.72310598 139.81846633 1.63</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_43b976b7-07fb-4c96-9fd6-792595b862a5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310620 139.82040069 0.76 35.72310623 139.82067703 0.76 35.72333157 139.82067700 0.76 35.72333154 139.82040066 0.76 35.72310620 139.82040069 0.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c0c9f4a0-b592-4e4b-9db3-6834acd40788">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310623 139.82067703 0.67 35.72310626 139.82095337 0.67 35.72333160 139.82095334 0.67 35.72333157 139.82067700 0.67 35.72310623 139.82067703 0.67</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_890a8ea1-c83d-4602-9d12-b8e0c200cfed">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72287996 139.81376863 5.95 35.72288001 139.81404496 5.95 35.72310535 139.81404491 5.95 35.72310531 139.81376857 5.95 35.72287996 139.81376863 5.95</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e48ab2d9-a9d8-44c9-b2c7-16615441bde0">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288001 139.81404496 5.80 35.72288005 139.81432130 5.80 35.72310539 139.81432125 5.80 35.72310535 139.81404491 5.80 35.72288001 139.81404496 5.80</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4797a7cb-41bf-49db-85da-a81a5abaf359">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288018 139.81515032 5.03 35.72288022 139.81542665 5.03 35.72310556 139.81542660 5.03 35.72310552 139.81515026 5.03 35.72288018 139.81515032 5.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a741b044-22d6-4bff-845d-671521a56552">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288022 139.81542665 4.84 35.72288026 139.81570299 4.84 35.72310560 139.81570294 4.84 35.72310556 139.81542660 4.84 35.72288022 139.81542665 4.84</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4f3afa2a-5f14-42f9-9c1a-5fce360b9152">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288026 139.81570299 4.67 35.72288030 139.81597933 4.67 35.72310564 139.81597928 4.67 35.72310560 139.81570294 4.67 35.72288026 139.81570299 4.67</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_efb57e39-f2cc-4edb-ad88-d53c3ce138f4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288046 139.81708468 3.32 35.72288049 139.81736102 3.32 35.72310584 139.81736097 3.32 35.72310580 139.81708463 3.32 35.72288046 139.81708468 3.32</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_9d2610dd-d478-498f-b212-3c3f4705a761">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288049 139.81736102 2.96 35.72288053 139.81763735 2.96 35.72310587 139.81763731 2.96 35.72310584 139.81736097 2.96 35.72288049 139.81736102 2.96</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_65601757-1e65-4ee2-ade8-a7ca4f3bbfd7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288064 139.81846637 1.60 35.72288067 139.81874270 1.60 35.72310601 139.81874266 1.60 35.72310598 139.81846633 1.60 35.72288064 139.81846637 1.60</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4470592f-d9c5-4cb7-b5be-20bf6b359e92">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288067 139.81874270 1.38 35.72288070 139.81901904 1.38 35.72310604 139.81901900 1.38 35.72310601 139.81874266 1.38 35.72288067 139.81874270 1.38</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e6818337-4c37-407b-9229-ceece52d184a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288086 139.82040073 0.76 35.72288089 139.82067707 0.76 35.72310623 139.82067703 0.76 35.72310620 139.82040069 0.76 35.72288086 139.82040073 0.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b6365411-605b-46ae-b623-b2ca277921a6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288089 139.82067707 0.69 35.72288092 139.82095341 0.69 35.72310626 139.82095337 0.69 35.72310623 139.82067703 0.69 35.72288089 139.82067707 0.69</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6a451e65-423b-4b0a-b7a7-604b409805b3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288117 139.82371678 0.35 35.72288119 139.82399312 0.35 35.72310653 139.82399309 0.35 35.72310651 139.82371676 0.35 35.72288117 139.82371678 0.35</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f4f1e97c-eb47-41f8-b0bf-61f73e6624c2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265467 139.81404502 5.78 35.72265471 139.81432136 5.78 35.72288005 139.81432130 5.78 35.72288001 139.81404496 5.78 35.72265467 139.81404502 5.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6e0ce93e-f740-4f71-969c-e2fb66bccf30">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265484 139.81515037 4.97 35.72265488 139.81542670 4.97 35.72288022 139.81542665 4.97 35.72288018 139.81515032 4.97 35.72265484 139.81515037 4.97</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_20edf781-8be3-4401-9c40-ee90216ac9fa">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265488 139.81542670 4.78 35.72265492 139.81570304 4.78 35.72288026 139.81570299 4.78 35.72288022 139.81542665 4.78 35.72265488 139.81542670 4.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ebaad086-8bc8-4c7c-89be-579f3366cc99">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265504 139.81653205 4.04 35.72265508 139.81680839 4.04 35.72288042 139.81680834 4.04 35.72288038 139.81653200 4.04 35.72265504 139.81653205 4.04</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_213b6963-bfa7-41c6-9cee-45e569d94bb1">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265508 139.81680839 3.70 35.72265512 139.81708472 3.70 35.72288046 139.81708468 3.70 35.72288042 139.81680834 3.70 35.72265508 139.81680839 3.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_82b7f18b-990c-4a94-b56c-9a96845f4b75">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265512 139.81708472 3.36 35.72265515 139.81736106 3.36 35.72288049 139.81736102 3.36 35.72288046 139.81708468 3.36 35.72265512 139.81708472 3.36</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.29</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_db45cba4-aaf0-4ce3-a7f1-99f5ed599115">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265515 139.81736106 3.00 35.72265519 139.81763740 3.00 35.72288053 139.81763735 3.00 35.72288049 139.81736102 3.00 35.72265515 139.81736106 3.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b862aad4-4ebc-4fca-ade4-9d56e04f7e01">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265529 139.81846641 1.55 35.72265533 139.81874275 1.55 35.72288067 139.81874270 1.55 35.72288064 139.81846637 1.55 35.72265529 139.81846641 1.55</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d583d410-7def-4ab4-805d-eca76e0f25ed">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265533 139.81874275 1.31 35.72265536 139.81901908 1.31 35.72288070 139.81901904 1.31 35.72288067 139.81874270 1.31 35.72265533 139.81874275 1.31</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_26ca398f-5d3a-467d-ab09-121b7c222dc5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265552 139.82040077 0.76 35.72265555 139.82067710 0.76 35.72288089 139.82067707 0.76 35.72288086 139.82040073 0.76 35.72265552 139.82040077 0.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d270833d-fe60-4c5a-a3ad-7668eb1e2855">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265555 139.82067710 0.69 35.72265558 139.82095344 0.69 35.72288092 139.82095341 0.69 35.72288089 139.82067707 0.69 35.72265555 139.82067710 0.69</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8b0d119d-5f1e-45a6-a911-017ae6e1e737">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265583 139.82371681 0.34 35.72265585 139.82399315 0.34 35.72288119 139.82399312 0.34 35.72288117 139.82371678 0.34 35.72265583 139.82371681 0.34</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f0fc8874-1deb-408d-82c6-8eaabeb483a7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242946 139.81487408 5.13 35.72242950 139.81515042 5.13 35.72265484 139.81515037 5.13 35.72265480 139.81487403 5.13 35.72242946 139.81487408 5.13</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_af885f8a-1f55-4970-b401-5d95f4dc7a40">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242950 139.81515042 4.94 35.72242954 139.81542675 4.94 35.72265488 139.81542670 4.94 35.72265484 139.81515037 4.94 35.72242950 139.81515042 4.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f6f769d8-50e2-4f35-a2e5-b8847a883c41">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242954 139.81542675 4.78 35.72242958 139.81570309 4.78 35.72265492 139.81570304 4.78 35.72265488 139.81542670 4.78 35.72242954 139.81542675 4.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b43bc7c3-c2cf-4f1b-8599-8b2e1f52d62f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242974 139.81680843 3.79 35.72242977 139.81708477 3.79 35.72265512 139.81708472 3.79 35.72265508 139.81680839 3.79 35.72242974 139.81680843 3.79</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0ea04b64-a689-4481-bc31-6cc872dc4354">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242977 139.81708477 3.45 35.72242981 139.81736111 3.45 35.72265515 139.81736106 3.45 35.72265512 139.81708472 3.45 35.72242977 139.81708477 3.45</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3b465081-cc29-4ef8-a7aa-e32eb1870604">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242995 139.81846645 1.53 35.72242999 139.81874279 1.53 35.72265533 139.81874275 1.53 35.72265529 139.81846641 1.53 35.72242995 139.81846645 1.53</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.31</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a9442b9d-e97f-404c-8e3f-bd474cb21863">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242999 139.81874279 1.28 35.72243002 139.81901912 1.28 35.72265536 139.81901908 1.28 35.72265533 139.81874275 1.28 35.72242999 139.81874279 1.28</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.34</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ad6d0ddb-3608-4b68-a494-0a4a19de37e2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243002 139.81901912 1.12 35.72243005 139.81929546 1.12 35.72265539 139.81929542 1.12 35.72265536 139.81901908 1.12 35.72243002 139.81901912 1.12</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d70fa154-a5a5-470a-bf71-0e5fa7be052e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220411 139.81487413 5.17 35.72220416 139.81515047 5.17 35.72242950 139.81515042 5.17 35.72242946 139.81487408 5.17 35.72220411 139.81487413 5.17</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_47e7b5e8-caa0-485f-b0ea-ce590ea609d5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220416 139.81515047 4.97 35.72220420 139.81542680 4.97 35.72242954 139.81542675 4.97 35.72242950 139.81515042 4.97 35.72220416 139.81515047 4.97</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8bf7fddb-4fbd-4986-8640-f92c19e68c8f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220461 139.81846649 1.55 35.72220465 139.81874283 1.55 35.72242999 139.81874279 1.55 35.72242995 139.81846645 1.55 35.72220461 139.81846649 1.55</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_23feef94-86cb-4b45-a555-9ba2cb08cbaf">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220465 139.81874283 1.27 35.72220468 139.81901916 1.27 35.72243002 139.81901912 1.27 35.72242999 139.81874279 1.27 35.72220465 139.81874283 1.27</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e59792e0-0112-4044-b81c-04f706642730">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220468 139.81901916 1.10 35.72220471 139.81929550 1.10 35.72243005 139.81929546 1.10 35.72243002 139.81901912 1.10 35.72220468 139.81901916 1.10</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_cb8fe686-398f-4f2d-b3ba-5830d844f978">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220471 139.81929550 1.03 35.72220474 139.81957183 1.03 35.72243008 139.81957180 1.03 35.72243005 139.81929546 1.03 35.72220471 139.81929550 1.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_384b7a53-0d22-4a6d-91bf-f4c51907f12f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197851 139.81321618 6.33 35.72197855 139.81349251 6.33 35.72220389 139.81349246 6.33 35.72220385 139.81321612 6.33 35.72197851 139.81321618 6.33</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_68239af0-b38e-4739-ad68-aea61204c591">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197855 139.81349251 6.24 35.72197860 139.81376885 6.24 35.72220394 139.81376879 6.24 35.72220389 139.81349246 6.24 35.72197855 139.81349251 6.24</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8bc822eb-aa65-4483-8d7b-c52c867ea654">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197860 139.81376885 6.10 35.72197864 139.81404518 6.10 35.72220398 139.81404513 6.10 35.72220394 139.81376879 6.10 35.72197860 139.81376885 6.10</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_9e9fc109-6d88-4172-8496-7405dc9f0fe6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197890 139.81570319 4.76 35.72197894 139.81597952 4.76 35.72220428 139.81597947 4.76 35.72220424 139.81570314 4.76 35.72197890 139.81570319 4.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a1eb2055-24be-4314-bd80-323614863b32">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197927 139.81846653 1.57 35.72197930 139.81874287 1.57 35.72220465 139.81874283 1.57 35.72220461 139.81846649 1.57 35.72197927 139.81846653 1.57</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b78815e9-fb97-48a8-8fab-99b6f488da8a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197930 139.81874287 1.28 35.72197934 139.81901920 1.28 35.72220468 139.81901916 1.28 35.72220465 139.81874283 1.28 35.72197930 139.81874287 1.28</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1b3607a4-3d3b-448e-96f4-0ac11dcf8cb4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197934 139.81901920 1.12 35.72197937 139.81929554 1.12 35.72220471 139.81929550 1.12 35.72220468 139.81901916 1.12 35.72197934 139.81901920 1.12</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_04581946-25e2-4454-a46c-468536c24358">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197937 139.81929554 1.03 35.72197940 139.81957187 1.03 35.72220474 139.81957183 1.03 35.72220471 139.81929550 1.03 35.72197937 139.81929554 1.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_447e8973-7eaf-4426-a888-03c00802598e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197946 139.82012454 0.80 35.72197949 139.82040088 0.80 35.72220483 139.82040084 0.80 35.72220480 139.82012450 0.80 35.72197946 139.82012454 0.80</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1b09ffe8-a0cf-4285-9792-2c7a128a9668">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197949 139.82040088 0.70 35.72197952 139.82067721 0.70 35.72220486 139.82067718 0.70 35.72220483 139.82040084 0.70 35.72197949 139.82040088 0.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_87435e9d-8e82-47a9-889f-b0b512df0cef">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175412 139.82012458 0.81 35.72175415 139.82040091 0.81 35.72197949 139.82040088 0.81 35.72197946 139.82012454 0.81 35.72175412 139.82012458 0.81</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_37e078db-147e-4c85-aa17-100f4b88886c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175415 139.82040091 0.69 35.72175418 139.82067725 0.69 35.72197952 139.82067721 0.69 35.72197949 139.82040088 0.69 35.72175415 139.82040091 0.69</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_68d1b391-6854-4939-94ce-c0044309efa3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175448 139.82399325 0.67 35.72175451 139.82426959 0.67 35.72197985 139.82426956 0.67 35.72197983 139.82399323 0.67 35.72175448 139.82399325 0.67</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_09ce4cae-8b3c-4a30-bdf6-a1c9db0b0ea8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130303 139.81680867 3.51 35.72130307 139.81708500 3.51 35.72152841 139.81708495 3.51 35.72152837 139.81680862 3.51 35.72130303 139.81680867 3.51</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c081d3e6-5d5f-420f-a4dc-cb8a7441463a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130307 139.81708500 3.10 35.72130310 139.81736133 3.10 35.72152845 139.81736129 3.10 35.72152841 139.81708495 3.10 35.72130307 139.81708500 3.10</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_679af99b-9c3c-4723-8acc-f37c243088c9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130310 139.81736133 2.71 35.72130314 139.81763766 2.71 35.72152848 139.81763762 2.71 35.72152845 139.81736129 2.71 35.72130310 139.81736133 2.71</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b6cff457-8f5d-46d4-85c3-6bf090b484bb">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130325 139.81846666 1.44 35.72130328 139.81874299 1.44 35.72152862 139.81874295 1.44 35.72152859 139.81846662 1.44 35.72130325 139.81846666 1.44</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d3fd7463-a675-45cc-ab99-6bd5ed927cbe">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107723 139.81376907 6.18 35.72107728 139.81404540 6.18 35.72130262 139.81404534 6.18 35.72130257 139.81376901 6.18 35.72107723 139.81376907 6.18</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_94ba5bcb-7c90-4d55-a88e-f1121b4e1611">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107741 139.81487439 5.38 35.72107745 139.81515072 5.38 35.72130279 139.81515067 5.38 35.72130275 139.81487434 5.38 35.72107741 139.81487439 5.38</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3b6f373d-73f8-4050-ade3-f7ba5a7a54a6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107773 139.81708504 2.83 35.72107776 139.81736138 2.83 35.72130310 139.81736133 2.83 35.72130307 139.81708500 2.83 35.72107773 139.81708504 2.83</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_fd30d4bd-6213-48dd-9910-ca4d71bd73ca">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107776 139.81736138 2.44 35.72107780 139.81763771 2.44 35.72130314 139.81763766 2.44 35.72130310 139.81736133 2.44 35.72107776 139.81736138 2.44</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7c1ea6e5-9939-4caa-b766-2fe87122c5e9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107787 139.81819037 1.57 35.72107790 139.81846670 1.57 35.72130325 139.81846666 1.57 35.72130321 139.81819033 1.57 35.72107787 139.81819037 1.57</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_de4cda5d-159e-4ea9-a370-0bbe83850073">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107790 139.81846670 1.36 35.72107794 139.81874303 1.36 35.72130328 139.81874299 1.36 35.72130325 139.81846666 1.36 35.72107790 139.81846670 1.36</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_bca141e7-3e8a-4ad5-91a8-ebb1e2ea9866">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107794 139.81874303 1.20 35.72107797 139.81901936 1.20 35.72130331 139.81901932 1.20 35.72130328 139.81874299 1.20 35.72107794 139.81874303 1.20</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3b66a54b-fbfd-460d-89e5-85fde7aaf450">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107797 139.81901936 1.13 35.72107800 139.81929570 1.13 35.72130335 139.81929566 1.13 35.72130331 139.81901932 1.13 35.72107797 139.81901936 1.13</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_709ff063-00b5-45b8-aad9-90b445a26be1">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085207 139.81487445 5.32 35.72085211 139.81515078 5.32 35.72107745 139.81515072 5.32 35.72107741 139.81487439 5.32 35.72085207 139.81487445 5.32</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e4983368-0eb6-4a27-91a2-610465d084cd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085235 139.81680876 3.09 35.72085238 139.81708509 3.09 35.72107773 139.81708504 3.09 35.72107769 139.81680871 3.09 35.72085235 139.81680876 3.09</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3c630146-9035-4c96-ad41-8d7aafb1b7f6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085238 139.81708509 2.64 35.72085242 139.81736142 2.64 35.72107776 139.81736138 2.64 35.72107773 139.81708504 2.64 35.72085238 139.81708509 2.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e00b5244-f8ef-4547-b2b5-8884220e2fb2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085242 139.81736142 2.25 35.72085246 139.81763775 2.25 35.72107780 139.81763771 2.25 35.72107776 139.81736138 2.25 35.72085242 139.81736142 2.25</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_918c8463-86a1-4071-817f-daf2eff0fc2e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085253 139.81819041 1.50 35.72085256 139.81846674 1.50 35.72107790 139.81846670 1.50 35.72107787 139.81819037 1.50 35.72085253 139.81819041 1.50</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e10634d2-ba53-4dc1-bfb3-b95ff02b38a4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085256 139.81846674 1.33 35.72085260 139.81874307 1.33 35.72107794 139.81874303 1.33 35.72107790 139.81846670 1.33 35.72085256 139.81846674 1.33</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4bb24fc9-2ac6-444f-9924-e564746ec6d3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085260 139.81874307 1.20 35.72085263 139.81901941 1.20 35.72107797 139.81901936 1.20 35.72107794 139.81874303 1.20 35.72085260 139.81874307 1.20</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f55b1eb6-072c-404c-9823-15378ef9efc6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085263 139.81901941 1.12 35.72085266 139.81929574 1.12 35.72107800 139.81929570 1.12 35.72107797 139.81901936 1.12 35.72085263 139.81901941 1.12</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_84338f8c-1e7e-4bf3-a68c-14782fa80959">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085307 139.82344070 0.51 35.72085310 139.82371703 0.51 35.72107844 139.82371700 0.51 35.72107842 139.82344067 0.51 35.72085307 139.82344070 0.51</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ef663864-f4eb-4e79-aad7-d6e6cbbead93">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062668 139.81459817 5.36 35.72062672 139.81487450 5.36 35.72085207 139.81487445 5.36 35.72085202 139.81459811 5.36 35.72062668 139.81459817 5.36</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_05985979-c6a8-4273-8d76-c028ff108c46">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062701 139.81680881 2.98 35.72062704 139.81708514 2.98 35.72085238 139.81708509 2.98 35.72085235 139.81680876 2.98 35.72062701 139.81680881 2.98</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a5dcf1de-07a6-4148-8c9e-7e41488aa521">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062704 139.81708514 2.53 35.72062708 139.81736147 2.53 35.72085242 139.81736142 2.53 35.72085238 139.81708509 2.53 35.72062704 139.81708514 2.53</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.32</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b5cec852-1913-4016-9140-cae8ed01818c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062708 139.81736147 2.14 35.72062712 139.81763780 2.14 35.72085246 139.81763775 2.14 35.72085242 139.81736142 2.14 35.72062708 139.81736147 2.14</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_dc99f09c-db3c-4ec2-b1f0-df3c3df2e2ad">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062712 139.81763780 1.84 35.72062715 139.81791413 1.84 35.72085249 139.81791408 1.84 35.72085246 139.81763775 1.84 35.72062712 139.81763780 1.84</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d690360a-57ce-4021-808a-d87e1bbd4b4e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062715 139.81791413 1.65 35.72062719 139.81819046 1.65 35.72085253 139.81819041 1.65 35.72085249 139.81791408 1.65 35.72062715 139.81791413 1.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_fa77769f-9596-460d-b4b7-beacff9fe56a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062719 139.81819046 1.49 35.72062722 139.81846679 1.49 35.72085256 139.81846674 1.49 35.72085253 139.81819041 1.49 35.72062719 139.81819046 1.49</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0d647103-3c01-409b-8bd0-95e372e485f7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062741 139.82012476 0.66 35.72062744 139.82040109 0.66 35.72085279 139.82040106 0.66 35.72085276 139.82012473 0.66 35.72062741 139.82012476 0.66</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_bea4a748-b994-4aa9-a97b-faec7f1a5a5a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062744 139.82040109 0.58 35.72062747 139.82067742 0.58 35.72085282 139.82067739 0.58 35.72085279 139.82040106 0.58 35.72062744 139.82040109 0.58</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_dca6c644-1611-433a-bd6a-9627472f4787">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062773 139.82344072 0.55 35.72062776 139.82371705 0.55 35.72085310 139.82371703 0.55 35.72085307 139.82344070 0.55 35.72062773 139.82344072 0.55</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.29</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1b20c199-2821-486c-bc9d-a28e417ec567">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040112 139.81321657 6.03 35.72040116 139.81349290 6.03 35.72062650 139.81349285 6.03 35.72062646 139.81321652 6.03 35.72040112 139.81321657 6.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d5fa89b0-8f7b-40b2-9a7b-750967e0514a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040130 139.81432189 5.41 35.72040134 139.81459822 5.41 35.72062668 139.81459817 5.41 35.72062664 139.81432184 5.41 35.72040130 139.81432189 5.41</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_49daef8e-4ee1-4d7a-b07e-1a7226ca84c7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040134 139.81459822 5.23 35.72040138 139.81487455 5.23 35.72062672 139.81487450 5.23 35.72062668 139.81459817 5.23 35.72040134 139.81459822 5.23</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8df23b80-f35a-418e-912c-003583e14237">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040166 139.81680885 2.93 35.72040170 139.81708518 2.93 35.72062704 139.81708514 2.93 35.72062701 139.81680881 2.93 35.72040166 139.81680885 2.93</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2aca069a-f947-4d6b-bf14-d2e4cfe80d11">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040170 139.81708518 2.48 35.72040174 139.81736151 2.48 35.72062708 139.81736147 2.48 35.72062704 139.81708514 2.48 35.72040170 139.81708518 2.48</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_60fa3d10-9bb6-45c8-ae3a-9c7e6be63c82">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040174 139.81736151 2.09 35.72040177 139.81763784 2.09 35.72062712 139.81763780 2.09 35.72062708 139.81736147 2.09 35.72040174 139.81736151 2.09</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_de90fc4a-5491-4b25-bfdf-7b813d16664f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040177 139.81763784 1.82 35.72040181 139.81791417 1.82 35.72062715 139.81791413 1.82 35.72062712 139.81763780 1.82 35.72040177 139.81763784 1.82</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b6ff4871-0d4f-4820-8832-71ac219f06ff">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040181 139.81791417 1.65 35.72040185 139.81819050 1.65 35.72062719 139.81819046 1.65 35.72062715 139.81791413 1.65 35.72040181 139.81791417 1.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_5af1962a-3f2c-47d2-acf4-e1b70c5a8adb">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040204 139.81984847 0.69 35.72040207 139.82012480 0.69 35.72062741 139.82012476 0.69 35.72062738 139.81984843 0.69 35.72040204 139.81984847 0.69</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f9976143-4682-4b28-974a-6d5a14058c55">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040207 139.82012480 0.58 35.72040210 139.82040113 0.58 35.72062744 139.82040109 0.58 35.72062741 139.82012476 0.58 35.72040207 139.82012480 0.58</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_a3e78973-a9fe-4163-bac8-074af0bf9fb8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040239 139.82344075 0.60 35.72040241 139.82371708 0.60 35.72062776 139.82371705 0.60 35.72062773 139.82344072 0.60 35.72040239 139.82344075 0.60</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_738e0bd2-52f8-4bad-b2c4-e51c98227271">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040241 139.82371708 0.66 35.72040244 139.82399341 0.66 35.72062778 139.82399338 0.66 35.72062776 139.82371705 0.66 35.72040241 139.82371708 0.66</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_daf5e84a-6e4e-48cc-b0b8-5f36711fb173">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017578 139.81321663 5.99 35.72017582 139.81349296 5.99 35.72040116 139.81349290 5.99 35.72040112 139.81321657 5.99 35.72017578 139.81321663 5.99</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_69784f98-0e95-4102-8bb1-a1ea0cb11145">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017582 139.81349296 5.92 35.72017587 139.81376929 5.92 35.72040121 139.81376923 5.92 35.72040116 139.81349290 5.92 35.72017582 139.81349296 5.92</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8dadf223-75dd-4622-941b-f599623460cf">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017596 139.81432194 5.32 35.72017600 139.81459827 5.32 35.72040134 139.81459822 5.32 35.72040130 139.81432189 5.32 35.72017596 139.81432194 5.32</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6ad2f7be-b5e6-43a4-aeed-956f954492d3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017600 139.81459827 5.10 35.72017604 139.81487460 5.10 35.72040138 139.81487455 5.10 35.72040134 139.81459822 5.10 35.72017600 139.81459827 5.10</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0d33e221-8d17-46cf-94ef-26caba658f3e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017636 139.81708523 2.50 35.72017640 139.81736156 2.50 35.72040174 139.81736151 2.50 35.72040170 139.81708518 2.50 35.72017636 139.81708523 2.50</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_bd244af3-6820-401f-8efb-5ae500ad65a4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017640 139.81736156 2.14 35.72017643 139.81763788 2.14 35.72040177 139.81763784 2.14 35.72040174 139.81736151 2.14 35.72017640 139.81736156 2.14</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f801b8c5-4815-4c1b-a8dc-2a88a7a5a82d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017643 139.81763788 1.88 35.72017647 139.81791421 1.88 35.72040181 139.81791417 1.88 35.72040177 139.81763784 1.88 35.72017643 139.81763788 1.88</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d77cf303-80a8-43d4-9f8a-1e0f34a204c4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017670 139.81984851 0.65 35.72017673 139.82012484 0.65 35.72040207 139.82012480 0.65 35.72040204 139.81984847 0.65 35.72017670 139.81984851 0.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_12cf0fe9-1a68-4948-b778-a75512fc987f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017673 139.82012484 0.53 35.72017676 139.82040117 0.53 35.72040210 139.82040113 0.53 35.72040207 139.82012480 0.53 35.72017673 139.82012484 0.53</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7343823c-ded8-4143-84a9-f0dcbf46f438">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995066 139.81459833 4.97 35.71995070 139.81487465 4.97 35.72017604 139.81487460 4.97 35.72017600 139.81459827 4.97 35.71995066 139.81459833 4.97</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_89137e75-6827-4b03-962b-f82321344159">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995070 139.81487465 4.73 35.71995074 139.81515098 4.73 35.72017608 139.81515093 4.73 35.72017604 139.81487460 4.73 35.71995070 139.81487465 4.73</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c73c86e1-da9e-46f3-b138-3bd88f8aa654">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995074 139.81515098 4.57 35.71995078 139.81542731 4.57 35.72017612 139.81542726 4.57 35.72017608 139.81515093 4.57 35.71995074 139.81515098 4.57</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0e131e9c-fc19-4ef7-ac76-90517a73724b">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995102 139.81708527 2.59 35.71995106 139.81736160 2.59 35.72017640 139.81736156 2.59 35.72017636 139.81708523 2.59 35.71995102 139.81708527 2.59</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d1f096ab-a76b-4cd4-acf7-39cd63e88eb3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995106 139.81736160 2.26 35.71995109 139.81763793 2.26 35.72017643 139.81763788 2.26 35.72017640 139.81736156 2.26 35.71995106 139.81736160 2.26</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_96c17ea9-f96c-4684-a4d9-73d3927d7e5a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995109 139.81763793 2.01 35.71995113 139.81791426 2.01 35.72017647 139.81791421 2.01 35.72017643 139.81763788 2.01 35.71995109 139.81763793 2.01</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3c5115c3-5073-4e09-a1ee-ccde227c2260">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972532 139.81459838 4.89 35.71972536 139.81487471 4.89 35.71995070 139.81487465 4.89 35.71995066 139.81459833 4.89 35.71972532 139.81459838 4.89</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_05ed36a8-fdea-44c0-85f2-c594f193b5e5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972536 139.81487471 4.63 35.71972540 139.81515103 4.63 35.71995074 139.81515098 4.63 35.71995070 139.81487465 4.63 35.71972536 139.81487471 4.63</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.36</uro:depth>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4ccb502b-2191-430a-8f57-25aa323e4c38">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972540 139.81515103 4.45 35.71972544 139.81542736 4.45 35.71995078 139.81542731 4.45 35.71995074 139.81515098 4.45 35.71972540 139.81515103 4.45</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.31</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_01aec7b1-4d92-45f9-956a-a3bb8a22e969">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972544 139.81542736 4.33 35.71972548 139.81570369 4.33 35.71995082 139.81570364 4.33 35.71995078 139.81542731 4.33 35.71972544 139.81542736 4.33</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1681af0e-f676-4170-b42d-cc0072a2e01f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972568 139.81708532 2.70 35.71972571 139.81736165 2.70 35.71995106 139.81736160 2.70 35.71995102 139.81708527 2.70 35.71972568 139.81708532 2.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c2eeda9a-804d-40d3-a4f7-3969d57586b7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972586 139.81846695 1.65 35.71972589 139.81874328 1.65 35.71995123 139.81874324 1.65 35.71995120 139.81846691 1.65 35.71972586 139.81846695 1.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_afe9aeef-13d2-4aa5-877e-0c7ee14634ee">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972589 139.81874328 1.49 35.71972592 139.81901961 1.49 35.71995126 139.81901957 1.49 35.71995123 139.81874324 1.49 35.71972589 139.81874328 1.49</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6fb11555-6232-4393-812e-d18e9b7f2245">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972592 139.81901961 1.29 35.71972595 139.81929593 1.29 35.71995130 139.81929589 1.29 35.71995126 139.81901957 1.29 35.71972592 139.81901961 1.29</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_22d4de64-38a7-49f3-8010-01ba2671adb7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972599 139.81957226 0.86 35.71972602 139.81984859 0.86 35.71995136 139.81984855 0.86 35.71995133 139.81957222 0.86 35.71972599 139.81957226 0.86</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2b96d71e-f4bf-4faf-a3dc-120e9f2758c3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972602 139.81984859 0.66 35.71972605 139.82012491 0.66 35.71995139 139.82012488 0.66 35.71995136 139.81984855 0.66 35.71972602 139.81984859 0.66</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6aec00c9-34cc-49aa-b77d-adac5f19031a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71949997 139.81459843 4.88 35.71950002 139.81487476 4.88 35.71972536 139.81487471 4.88 35.71972532 139.81459838 4.88 35.71949997 139.81459843 4.88</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.33</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0acd1a99-d7aa-4f3b-886f-14be09e1cded">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950002 139.81487476 4.60 35.71950006 139.81515108 4.60 35.71972540 139.81515103 4.60 35.71972536 139.81487471 4.60 35.71950002 139.81487476 4.60</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.45</uro:depth>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8eee931c-e257-430e-bf38-6652175e90d2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950006 139.81515108 4.41 35.71950010 139.81542741 4.41 35.71972544 139.81542736 4.41 35.71972540 139.81515103 4.41 35.71950006 139.81515108 4.41</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_96b716e9-004e-4f75-8f9f-9542ac2e2fa5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950055 139.81874332 1.53 35.71950058 139.81901965 1.53 35.71972592 139.81901961 1.53 35.71972589 139.81874328 1.53 35.71950055 139.81874332 1.53</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_5da90fa9-de7c-4e29-8b1d-3feb166b0dcd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950065 139.81957230 0.92 35.71950068 139.81984862 0.92 35.71972602 139.81984859 0.92 35.71972599 139.81957226 0.92 35.71950065 139.81957230 0.92</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8b8432c2-fd40-4073-8988-e0a59dde1755">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950068 139.81984862 0.71 35.71950071 139.82012495 0.71 35.71972605 139.82012491 0.71 35.71972602 139.81984859 0.71 35.71950068 139.81984862 0.71</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_56135212-c213-4488-96b8-cb90c89a1afe">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927463 139.81459848 4.94 35.71927468 139.81487481 4.94 35.71950002 139.81487476 4.94 35.71949997 139.81459843 4.94 35.71927463 139.81459848 4.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.31</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_53bf47a7-9121-42eb-ab28-9dcb8ed9b02f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927468 139.81487481 4.66 35.71927472 139.81515113 4.66 35.71950006 139.81515108 4.66 35.71950002 139.81487476 4.66 35.71927468 139.81487481 4.66</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.41</uro:depth>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0f560a93-1a25-4672-813b-321fe67667dd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927472 139.81515113 4.47 35.71927476 139.81542746 4.47 35.71950010 139.81542741 4.47 35.71950006 139.81515108 4.47 35.71927472 139.81515113 4.47</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e637ca1c-1150-408a-8f83-1291b480c0ca">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927534 139.81984866 0.76 35.71927537 139.82012499 0.76 35.71950071 139.82012495 0.76 35.71950068 139.81984862 0.76 35.71927534 139.81984866 0.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f2206794-aaec-4295-9f29-c8eee76ead7c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927571 139.82371722 0.64 35.71927573 139.82399354 0.64 35.71950107 139.82399351 0.64 35.71950105 139.82371719 0.64 35.71927571 139.82371722 0.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ecfcfa43-592a-41cb-b6cb-18f84c66b0c8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904929 139.81459854 5.03 35.71904933 139.81487486 5.03 35.71927468 139.81487481 5.03 35.71927463 139.81459848 5.03 35.71904929 139.81459854 5.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_19a57406-992c-4773-b6ec-1386c62af41f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904933 139.81487486 4.76 35.71904938 139.81515119 4.76 35.71927472 139.81515113 4.76 35.71927468 139.81487481 4.76 35.71904933 139.81487486 4.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.31</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ceb6b939-ffc4-42b0-a843-3cdd2991a7df">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904938 139.81515119 4.57 35.71904942 139.81542751 4.57 35.71927476 139.81542746 4.57 35.71927472 139.81515113 4.57 35.71904938 139.81515119 4.57</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3413ff8b-c2c6-4e73-9141-ab645a1f4d58">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904976 139.81791443 1.97 35.71904980 139.81819075 1.97 35.71927514 139.81819071 1.97 35.71927510 139.81791439 1.97 35.71904976 139.81791443 1.97</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_5cf1ab7e-19ae-4c97-8f8b-91c3a3a9f23d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904980 139.81819075 1.78 35.71904983 139.81846708 1.78 35.71927517 139.81846704 1.78 35.71927514 139.81819071 1.78 35.71904980 139.81819075 1.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_362bacd2-9e47-44ee-8112-0eb47c4fe841">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904999 139.81984870 0.83 35.71905002 139.82012503 0.83 35.71927537 139.82012499 0.83 35.71927534 139.81984866 0.83 35.71904999 139.81984870 0.83</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_52b40e25-1c58-4f91-b72e-104e855fa99f">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905002 139.82012503 0.64 35.71905005 139.82040135 0.64 35.71927540 139.82040131 0.64 35.71927537 139.82012499 0.64 35.71905002 139.82012503 0.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_df690c59-2321-49d0-8b8c-c020e21eeeca">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905036 139.82371724 0.64 35.71905039 139.82399357 0.64 35.71927573 139.82399354 0.64 35.71927571 139.82371722 0.64 35.71905036 139.82371724 0.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d42bd3ff-eed1-4a88-ad22-98e1a776f0d5">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905039 139.82399357 0.56 35.71905041 139.82426989 0.56 35.71927575 139.82426987 0.56 35.71927573 139.82399354 0.56 35.71905039 139.82399357 0.56</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1696ffad-de24-4668-be62-bdc7ac840f5e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882373 139.81321697 6.12 35.71882377 139.81349329 6.12 35.71904911 139.81349324 6.12 35.71904907 139.81321691 6.12 35.71882373 139.81321697 6.12</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1c01bab0-3f5c-4547-a744-84e8596a74da">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882399 139.81487491 4.86 35.71882403 139.81515124 4.86 35.71904938 139.81515119 4.86 35.71904933 139.81487486 4.86 35.71882399 139.81487491 4.86</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_506b6e1b-4172-47e8-8098-2eefa647effd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882403 139.81515124 4.67 35.71882408 139.81542756 4.67 35.71904942 139.81542751 4.67 35.71904938 139.81515119 4.67 35.71882403 139.81515124 4.67</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_afe58da8-8c15-418d-9a7f-271d53e945f6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882438 139.81763815 2.20 35.71882442 139.81791447 2.20 35.71904976 139.81791443 2.20 35.71904973 139.81763811 2.20 35.71882438 139.81763815 2.20</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_151c9986-46f7-442c-a420-d00bdd59309a">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882442 139.81791447 1.92 35.71882445 139.81819080 1.92 35.71904980 139.81819075 1.92 35.71904976 139.81791443 1.92 35.71882442 139.81791447 1.92</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_48768bb3-26ac-4d2d-bb4c-667c6effa152">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882445 139.81819080 1.72 35.71882449 139.81846712 1.72 35.71904983 139.81846708 1.72 35.71904980 139.81819075 1.72 35.71882445 139.81819080 1.72</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_40a068aa-f703-47aa-af1b-36f6764de591">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882449 139.81846712 1.56 35.71882452 139.81874344 1.56 35.71904986 139.81874340 1.56 35.71904983 139.81846708 1.56 35.71882449 139.81846712 1.56</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e3b9e274-8c54-452b-a88a-b55177fb4492">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882505 139.82399359 0.57 35.71882507 139.82426992 0.57 35.71905041 139.82426989 0.57 35.71905039 139.82399357 0.57 35.71882505 139.82399359 0.57</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_35f5baaf-e733-4845-bbf5-91f7aae22210">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859865 139.81487497 4.92 35.71859869 139.81515129 4.92 35.71882403 139.81515124 4.92 35.71882399 139.81487491 4.92 35.71859865 139.81487497 4.92</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_cccfd573-bac9-4e5d-8075-a07a2ce6d635">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859885 139.81625658 3.81 35.71859889 139.81653290 3.81 35.71882423 139.81653285 3.81 35.71882420 139.81625653 3.81 35.71859885 139.81625658 3.81</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0188d320-e08e-4e7e-9877-81fc5edf6a19">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859889 139.81653290 3.45 35.71859893 139.81680923 3.45 35.71882427 139.81680918 3.45 35.71882423 139.81653285 3.45 35.71859889 139.81653290 3.45</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_24ea480f-a928-4674-a6e7-c9866fde8484">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859908 139.81791452 1.88 35.71859911 139.81819084 1.88 35.71882445 139.81819080 1.88 35.71882442 139.81791447 1.88 35.71859908 139.81791452 1.88</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_164d2734-a166-4d70-83a3-df418de5fcfe">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859911 139.81819084 1.65 35.71859915 139.81846716 1.65 35.71882449 139.81846712 1.65 35.71882445 139.81819080 1.65 35.71859911 139.81819084 1.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d48780a9-7005-42f7-96d4-12eec64cb927">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859915 139.81846716 1.48 35.71859918 139.81874349 1.48 35.71882452 139.81874344 1.48 35.71882449 139.81846712 1.48 35.71859915 139.81846716 1.48</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4f44ebca-f2c2-4239-804d-a397f94608bd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859918 139.81874349 1.34 35.71859921 139.81901981 1.34 35.71882456 139.81901977 1.34 35.71882452 139.81874344 1.34 35.71859918 139.81874349 1.34</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e89ce4cd-81d3-47ea-bfd0-71f5680dbe3d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859921 139.81901981 1.22 35.71859925 139.81929613 1.22 35.71882459 139.81929609 1.22 35.71882456 139.81901977 1.22 35.71859921 139.81901981 1.22</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_12b25e21-4fa1-4aab-9ef2-b73074db52a0">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859970 139.82399362 0.65 35.71859972 139.82426994 0.65 35.71882507 139.82426992 0.65 35.71882505 139.82399359 0.65 35.71859970 139.82399362 0.65</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2b37f6e6-3d42-4aab-a286-f2f527720341">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837331 139.81487502 4.94 35.71837335 139.81515134 4.94 35.71859869 139.81515129 4.94 35.71859865 139.81487497 4.94 35.71837331 139.81487502 4.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ee1f00de-6823-48e5-995f-08d4586df2bb">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837335 139.81515134 4.75 35.71837339 139.81542766 4.75 35.71859873 139.81542761 4.75 35.71859869 139.81515129 4.75 35.71837335 139.81515134 4.75</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4578fc0d-c535-48f0-bdb6-cb9aafab14dc">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837351 139.81625663 3.81 35.71837355 139.81653295 3.81 35.71859889 139.81653290 3.81 35.71859885 139.81625658 3.81 35.71837351 139.81625663 3.81</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f5b36846-b193-46f1-9bb9-aaee7827943c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837355 139.81653295 3.47 35.71837359 139.81680927 3.47 35.71859893 139.81680923 3.47 35.71859889 139.81653290 3.47 35.71837355 139.81653295 3.47</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_225ce1cc-1d35-4435-beb2-38136c3e7965">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837359 139.81680927 3.11 35.71837363 139.81708559 3.11 35.71859897 139.81708555 3.11 35.71859893 139.81680923 3.11 35.71837359 139.81680927 3.11</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ebe62895-8863-42f3-978a-39d564c1c543">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837377 139.81819088 1.63 35.71837381 139.81846720 1.63 35.71859915 139.81846716 1.63 35.71859911 139.81819084 1.63 35.71837377 139.81819088 1.63</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_99578de0-b96f-40df-84cc-9b8ee66f1497">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837381 139.81846720 1.44 35.71837384 139.81874353 1.44 35.71859918 139.81874349 1.44 35.71859915 139.81846716 1.44 35.71837381 139.81846720 1.44</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_25aa660d-566c-4b7b-a515-f917d7353d12">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837384 139.81874353 1.28 35.71837387 139.81901985 1.28 35.71859921 139.81901981 1.28 35.71859918 139.81874349 1.28 35.71837384 139.81874353 1.28</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_cd235334-14f4-4488-b3e5-40aac8edf651">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837387 139.81901985 1.15 35.71837391 139.81929617 1.15 35.71859925 139.81929613 1.15 35.71859921 139.81901981 1.15 35.71837387 139.81901985 1.15</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b1d71c6e-3ee6-48e1-b88f-a1c4e2305d87">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837391 139.81929617 1.04 35.71837394 139.81957249 1.04 35.71859928 139.81957245 1.04 35.71859925 139.81929613 1.04 35.71837391 139.81929617 1.04</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_bc002d1b-7c38-4868-a1a1-f4917b491bb7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837394 139.81957249 0.96 35.71837397 139.81984881 0.96 35.71859931 139.81984878 0.96 35.71859928 139.81957245 0.96 35.71837394 139.81957249 0.96</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_cc40ce64-1a50-4172-bb3f-ef16cf9b3aa6">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837436 139.82399365 0.78 35.71837438 139.82426997 0.78 35.71859972 139.82426994 0.78 35.71859970 139.82399362 0.78 35.71837436 139.82399365 0.78</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_254ecd85-dd17-4759-ac52-ca17f727507b">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814797 139.81487507 4.91 35.71814801 139.81515139 4.91 35.71837335 139.81515134 4.91 35.71837331 139.81487502 4.91 35.71814797 139.81487507 4.91</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_21f4160f-a41e-46fc-9209-34dfb0e7b343">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814801 139.81515139 4.74 35.71814805 139.81542771 4.74 35.71837339 139.81542766 4.74 35.71837335 139.81515134 4.74 35.71814801 139.81515139 4.74</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_97cae158-4039-400c-9c2e-6fd17c636c1e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814817 139.81625668 3.86 35.71814821 139.81653300 3.86 35.71837355 139.81653295 3.86 35.71837351 139.81625663 3.86 35.71814817 139.81625668 3.86</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d44aa0f3-27fc-4ecb-ad5a-1867ef60b0ed">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814821 139.81653300 3.51 35.71814825 139.81680932 3.51 35.71837359 139.81680927 3.51 35.71837355 139.81653295 3.51 35.71814821 139.81653300 3.51</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_21f67313-0ab3-49dc-b708-3f4210b37210">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814843 139.81819092 1.67 35.71814846 139.81846725 1.67 35.71837381 139.81846720 1.67 35.71837377 139.81819088 1.67 35.71814843 139.81819092 1.67</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_24d8361e-d3f8-4ef8-81e5-cc51812e02af">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814853 139.81901989 1.15 35.71814856 139.81929621 1.15 35.71837391 139.81929617 1.15 35.71837387 139.81901985 1.15 35.71814853 139.81901989 1.15</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_fa8ec749-20fc-4894-a41e-3ef4efa9f855">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814856 139.81929621 1.02 35.71814860 139.81957253 1.02 35.71837394 139.81957249 1.02 35.71837391 139.81929617 1.02 35.71814856 139.81929621 1.02</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_467d7931-fc00-4dbe-813a-5714738b8bdf">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814860 139.81957253 0.93 35.71814863 139.81984885 0.93 35.71837397 139.81984881 0.93 35.71837394 139.81957249 0.93 35.71814860 139.81957253 0.93</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7325966e-d5d5-4bdb-9d16-0c1e9ea89176">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792250 139.81404616 5.73 35.71792254 139.81432248 5.73 35.71814788 139.81432243 5.73 35.71814784 139.81404611 5.73 35.71792250 139.81404616 5.73</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_efddbb0d-ded1-4986-8433-ac2b1a384135">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792254 139.81432248 5.42 35.71792258 139.81459880 5.42 35.71814792 139.81459875 5.42 35.71814788 139.81432243 5.42 35.71792254 139.81432248 5.42</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_8cb90053-275a-46da-99d5-305648555bfd">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792267 139.81515144 4.72 35.71792271 139.81542776 4.72 35.71814805 139.81542771 4.72 35.71814801 139.81515139 4.72 35.71792267 139.81515144 4.72</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2f1cd6ea-de23-463f-99c8-f950839ddd73">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792302 139.81763833 2.20 35.71792305 139.81791465 2.20 35.71814840 139.81791460 2.20 35.71814836 139.81763828 2.20 35.71792302 139.81763833 2.20</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f1c2a974-3eac-4a50-8da5-5008ed8a297c">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792305 139.81791465 1.94 35.71792309 139.81819097 1.94 35.71814843 139.81819092 1.94 35.71814840 139.81791460 1.94 35.71792305 139.81791465 1.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_79a97a35-bff7-4562-b1a6-d493eac484d2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792309 139.81819097 1.73 35.71792312 139.81846729 1.73 35.71814846 139.81846725 1.73 35.71814843 139.81819092 1.73 35.71792309 139.81819097 1.73</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_f4330a51-99ae-4270-b547-c133c5ed3fe7">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792322 139.81929625 1.04 35.71792325 139.81957257 1.04 35.71814860 139.81957253 1.04 35.71814856 139.81929621 1.04 35.71792322 139.81929625 1.04</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_0bcdb95c-6b86-4c66-8aac-9db700341df0">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792325 139.81957257 0.94 35.71792329 139.81984889 0.94 35.71814863 139.81984885 0.94 35.71814860 139.81957253 0.94 35.71792325 139.81957257 0.94</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7611c684-170a-478e-bb5f-ebe611c3cb97">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769715 139.81404621 5.70 35.71769720 139.81432253 5.70 35.71792254 139.81432248 5.70 35.71792250 139.81404616 5.70 35.71769715 139.81404621 5.70</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_cf014f1c-2dc6-4d25-bfe0-23e02cc0f073">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769720 139.81432253 5.40 35.71769724 139.81459885 5.40 35.71792258 139.81459880 5.40 35.71792254 139.81432248 5.40 35.71769720 139.81432253 5.40</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6641be94-2383-4f7d-a358-cd3cbb933c64">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769764 139.81736205 2.59 35.71769768 139.81763837 2.59 35.71792302 139.81763833 2.59 35.71792298 139.81736201 2.59 35.71769764 139.81736205 2.59</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ed611730-33e1-4cc9-8f1a-f069e9dc1ab9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769768 139.81763837 2.25 35.71769771 139.81791469 2.25 35.71792305 139.81791465 2.25 35.71792302 139.81763833 2.25 35.71769768 139.81763837 2.25</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4cfe976d-4e1f-4a57-be7b-0972f5a20be8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769771 139.81791469 1.98 35.71769775 139.81819101 1.98 35.71792309 139.81819097 1.98 35.71792305 139.81791465 1.98 35.71769771 139.81791469 1.98</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b09a212b-6c6f-418a-8775-f094755a27a2">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769791 139.81957261 0.95 35.71769794 139.81984893 0.95 35.71792329 139.81984889 0.95 35.71792325 139.81957257 0.95 35.71769791 139.81957261 0.95</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1eadd655-f324-42be-8be9-488cbd37e323">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769794 139.81984893 0.86 35.71769797 139.82012525 0.86 35.71792332 139.82012521 0.86 35.71792329 139.81984889 0.86 35.71769794 139.81984893 0.86</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6982e49a-a22d-4596-b6cb-1966b5c89fe9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747194 139.81487522 4.93 35.71747198 139.81515154 4.93 35.71769733 139.81515149 4.93 35.71769728 139.81487517 4.93 35.71747194 139.81487522 4.93</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_939502f4-6444-46ff-9744-771e63fe061d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747198 139.81515154 4.76 35.71747203 139.81542786 4.76 35.71769737 139.81542781 4.76 35.71769733 139.81515149 4.76 35.71747198 139.81515154 4.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_191bf101-76e4-49b2-b88a-252c993d2ec8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747203 139.81542786 4.64 35.71747207 139.81570418 4.64 35.71769741 139.81570413 4.64 35.71769737 139.81542781 4.64 35.71747203 139.81542786 4.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_5e81eea2-261f-4326-9d29-7fbbd9e7024e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747260 139.81984897 0.85 35.71747263 139.82012529 0.85 35.71769797 139.82012525 0.85 35.71769794 139.81984893 0.85 35.71747260 139.81984897 0.85</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_b407ec89-4225-4c6e-a17e-efe86e22a08e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747297 139.82371743 0.83 35.71747300 139.82399375 0.83 35.71769834 139.82399373 0.83 35.71769832 139.82371741 0.83 35.71747297 139.82371743 0.83</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1af563d6-f27c-437a-b0d6-169e6c84a316">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747300 139.82399375 0.82 35.71747302 139.82427007 0.82 35.71769836 139.82427004 0.82 35.71769834 139.82399373 0.82 35.71747300 139.82399375 0.82</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_6752db58-5da8-4f8d-9a88-9bb74c94e2de">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724660 139.81487528 5.03 35.71724664 139.81515160 5.03 35.71747198 139.81515154 5.03 35.71747194 139.81487522 5.03 35.71724660 139.81487528 5.03</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_1ab53614-e2f3-496d-834c-c98e1ac85eb4">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724664 139.81515160 4.83 35.71724668 139.81542791 4.83 35.71747203 139.81542786 4.83 35.71747198 139.81515154 4.83 35.71724664 139.81515160 4.83</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.35</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_dc51b552-8ece-45c3-970f-e8d687f4cd5e">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724668 139.81542791 4.69 35.71724673 139.81570423 4.69 35.71747207 139.81570418 4.69 35.71747203 139.81542786 4.69 35.71724668 139.81542791 4.69</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e26675f6-58db-40f2-b14a-73daee3023ad">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724710 139.81846741 1.64 35.71724713 139.81874373 1.64 35.71747247 139.81874369 1.64 35.71747244 139.81846737 1.64 35.71724710 139.81846741 1.64</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_4f195c3b-e3e9-43cd-a79d-71638e76ca35">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724765 139.82399378 0.76 35.71724768 139.82427010 0.76 35.71747302 139.82427007 0.76 35.71747300 139.82399375 0.76 35.71724765 139.82399378 0.76</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_9108b924-8eb5-4b13-8104-3e40ebaf5461">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702126 139.81487533 5.12 35.71702130 139.81515165 5.12 35.71724664 139.81515160 5.12 35.71724660 139.81487528 5.12 35.71702126 139.81487533 5.12</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_c43c5766-1836-4d62-97c6-82c6710d0368">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702130 139.81515165 4.90 35.71702134 139.81542796 4.90 35.71724668 139.81542791 4.90 35.71724664 139.81515160 4.90 35.71702130 139.81515165 4.90</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_03d411e0-de68-4660-933e-14f31713e866">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702134 139.81542796 4.72 35.71702138 139.81570428 4.72 35.71724673 139.81570423 4.72 35.71724668 139.81542791 4.72 35.71702134 139.81542796 4.72</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_604fd608-0465-4062-a608-bde76096d573">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702176 139.81846746 1.62 35.71702179 139.81874377 1.62 35.71724713 139.81874373 1.62 35.71724710 139.81846741 1.62 35.71702176 139.81846746 1.62</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.24</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_3ec163de-be90-45eb-ad73-2fe6c574c1c8">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702179 139.81874377 1.38 35.71702182 139.81902009 1.38 35.71724717 139.81902005 1.38 35.71724713 139.81874373 1.38 35.71702179 139.81874377 1.38</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_e7ad0e4c-e845-4645-bf9e-ccd7d997c6ce">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702201 139.82067799 0.42 35.71702204 139.82095431 0.42 35.71724738 139.82095428 0.42 35.71724735 139.82067796 0.42 35.71702201 139.82067799 0.42</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_10b7de1a-8496-4694-9911-2e6be0e8ebe9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702204 139.82095431 0.26 35.71702207 139.82123063 0.26 35.71724741 139.82123060 0.26 35.71724738 139.82095428 0.26 35.71702204 139.82095431 0.26</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_fad043ef-9942-49fd-8d48-141efd1f64ee">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702231 139.82399380 0.72 35.71702233 139.82427012 0.72 35.71724768 139.82427010 0.72 35.71724765 139.82399378 0.72 35.71702231 139.82399380 0.72</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_51d2c998-e7d1-43fc-b4e4-86239179e144">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679596 139.81515170 4.95 35.71679600 139.81542801 4.95 35.71702134 139.81542796 4.95 35.71702130 139.81515165 4.95 35.71679596 139.81515170 4.95</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.11</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_47437245-404a-4143-8575-7c7c438aaed3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679642 139.81846750 1.59 35.71679645 139.81874381 1.59 35.71702179 139.81874377 1.59 35.71702176 139.81846746 1.59 35.71679642 139.81846750 1.59</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_ec0eb9c9-37ec-4e4b-a29e-bb03e91c19b9">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679645 139.81874381 1.33 35.71679648 139.81902013 1.33 35.71702182 139.81902009 1.33 35.71702179 139.81874377 1.33 35.71679645 139.81874381 1.33</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_16020105-c1d9-4855-abdb-d71e6b8b91a3">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679655 139.81957276 0.91 35.71679658 139.81984908 0.91 35.71702192 139.81984904 0.91 35.71702189 139.81957273 0.91 35.71679655 139.81957276 0.91</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_7bd36deb-2975-490a-9e16-b9bf01c7db9d">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679667 139.82067803 0.37 35.71679670 139.82095435 0.37 35.71702204 139.82095431 0.37 35.71702201 139.82067799 0.37 35.71679667 139.82067803 0.37</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_d336aa90-e884-4fd3-b9dd-a272a52dfb51">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679670 139.82095435 0.22 35.71679672 139.82123066 0.22 35.71702207 139.82123063 0.22 35.71702204 139.82095431 0.22 35.71679670 139.82095435 0.22</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.34</uro:depth>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="ifld_2d74066f-4019-4b63-92a2-16a46a506b40">
			<wtr:class codeSpace="../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../codelists/WaterBody_function.xml">4</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679697 139.82399383 0.72 35.71679699 139.82427015 0.72 35.71702233 139.82427012 0.72 35.71702231 139.82399380 0.72 35.71679697 139.82399383 0.72</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyInlandFloodingRiskAttribute>
					<uro:description codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../codelists/WaterBodyInlandFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyInlandFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
</core:CityModel>